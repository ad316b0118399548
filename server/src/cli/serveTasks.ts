import type { MessagePort } from 'node:worker_threads';
import { TaskProgress } from './taskProgress';

/** The pool's message to a worker: files to check, in order, after those it already holds. */
export interface TaskBatch<Task> {
  readonly tasks: readonly Task[];
}

/** A worker's first message: its engine is built, so a file's time budget may start. */
export interface WorkerReady {
  readonly ready: true;
}

/** Where a worker finds its progress slot: part of the data it is started with. */
export interface ProgressSlot {
  readonly progressBuffer: SharedArrayBuffer;
  readonly progressEpoch: number;
}

/**
 * Outcomes sent back in one message. One message a file cost the worker about 50 µs of
 * postMessage each, and left it waiting on the main thread between files.
 */
const OUTCOMES_PER_MESSAGE = 16;
/** Sent sooner when this much text is waiting: `fix` outcomes carry each file's text twice. */
const CHARACTERS_PER_MESSAGE = 1 << 20;

/**
 * The worker's side of the pool: takes batches of tasks, performs them in order, and answers in
 * batches of outcomes (as JSON text: a catalogue entry is a tree of small objects, and structured
 * clone cost several times what stringify does). Between batches it returns to its event loop, so
 * the pool's next tasks arrive while it still has work in hand.
 */
export function serveTasks<Task extends { readonly id: number }>(port: MessagePort, slot: ProgressSlot, perform: (task: Task) => unknown): void {
  const progress = new TaskProgress(slot.progressBuffer, slot.progressEpoch);
  const queue: Task[] = [];
  let head = 0;
  let draining = false;

  const drain = (): void => {
    // Each outcome is made into text while its task is still the one in the progress slot, so a
    // worker that dies doing that is charged to the right file.
    const outcomes: string[] = [];
    let characters = 0;
    while (head < queue.length && outcomes.length < OUTCOMES_PER_MESSAGE && characters < CHARACTERS_PER_MESSAGE) {
      const task = queue[head++] as Task;
      progress.begin(task.id);
      const outcome = JSON.stringify(perform(task));
      outcomes.push(outcome);
      characters += outcome.length;
    }
    progress.finish();
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    }
    port.postMessage(`[${outcomes.join(',')}]`);
    draining = head < queue.length;
    if (draining) setImmediate(drain);
  };

  port.on('message', (batch: TaskBatch<Task>) => {
    queue.push(...batch.tasks);
    if (!draining && batch.tasks.length > 0) {
      draining = true;
      setImmediate(drain);
    }
  });
  port.postMessage({ ready: true } satisfies WorkerReady);
}
