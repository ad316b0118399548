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
    const outcomes: unknown[] = [];
    while (head < queue.length && outcomes.length < OUTCOMES_PER_MESSAGE) {
      const task = queue[head++] as Task;
      progress.begin(task.id);
      outcomes.push(perform(task));
    }
    progress.finish();
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    }
    port.postMessage(JSON.stringify(outcomes));
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
