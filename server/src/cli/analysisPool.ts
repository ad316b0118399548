import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { WORKER_NURSERY_MB } from '../host/nodeWorkerSizing';
import type { AnalysisOutcome, AnalysisTask, WorkerInit, WorkerRecipe } from './analysisWorker';
import type { EngineRecipe } from './cliWorkspace';
import type { TaskBatch, WorkerReady } from './serveTasks';
import { TaskProgress } from './taskProgress';

export type TaskSpec = Omit<AnalysisTask, 'id'>;

export interface PoolOptions {
  /** The script a worker runs: the CLI's own entry, which turns into a worker when started as one. */
  readonly workerScript: string;
  /** May still be being read: workers start at once and are sent it when it is known. */
  readonly recipe: EngineRecipe | Promise<EngineRecipe>;
  readonly workers: WorkerCount;
  /** A file still being checked after this long costs only itself: its worker is ended and replaced. */
  readonly budgetMs: number;
  /** Called as each file is settled, for the progress line. */
  readonly onSettled?: (settled: number, total: number) => void;
}

/** How many workers a run gets. */
export interface WorkerCount {
  /**
   * The most to run. A promise when it is being worked out (from the idle cores): they start as
   * soon as it is known, while the files are still being found, so their start-up overlaps the walk.
   */
  readonly wanted: number | Promise<number>;
  /** Fewer files than this per worker, and a worker costs more to start than it saves; 1 to run as many as wanted. */
  readonly filesPerWorker: number;
}

/** Heap a worker may use; a file that needs more ends its worker, not the run. */
const WORKER_HEAP_MB = 256;
/**
 * Files a worker holds before its first is answered: enough that it goes from batch to batch
 * without waiting for the main thread, few enough that the last files still spread over workers.
 * A run of few files gives each worker a quarter of its share at a time, so all of them get some.
 */
const TASKS_IN_HAND = 48;
const SHARES_IN_HAND = 4;
/**
 * Workers in a row that may end before they are ready (their engine would not build, the script
 * is missing) before the slot stops starting them and every file it would check gets the reason.
 */
const MAX_FAILED_STARTS = 2;
/** How long a worker may take to be ready; a file's budget when that is longer. */
const START_BUDGET_MS = 30_000;

/** Files sent in one message at most. */
const TASKS_PER_MESSAGE = 24;

/** What every worker slot of one run shares: the tasks, the next one to hand out, the outcomes. */
interface PoolRun {
  readonly options: PoolOptions;
  /** False while the files are still being found: until then a slot holds no task and cannot be done. */
  started: boolean;
  tasks: readonly TaskSpec[];
  /** Files a worker holds at most: TASKS_IN_HAND, or fewer when there are few files to share. */
  inHand: number;
  next: number;
  readonly outcomes: AnalysisOutcome[];
  settled: number;
}

/**
 * Checks files on worker threads. The first worker starts at once, and the others as soon as
 * their number is known, while the caller still reads the settings and looks for the files
 * (`tasks` and the recipe may be promises), so their start-up overlaps that.
 * Outcomes come back in task order whatever the number of workers, so every job count prints the
 * same report.
 */
export async function analyseInWorkers(tasks: readonly TaskSpec[] | Promise<readonly TaskSpec[]>, options: PoolOptions): Promise<AnalysisOutcome[]> {
  const run: PoolRun = { options, started: false, tasks: [], inHand: TASKS_IN_HAND, next: 0, outcomes: [], settled: 0 };
  const slotsDone: Array<Promise<void>> = [];
  const addSlot = (): WorkerSlot => {
    const slot = new WorkerSlot(run);
    slotsDone.push(slot.finished);
    return slot;
  };
  const { wanted, filesPerWorker } = options.workers;
  const starting = [addSlot()];
  const early = tasks instanceof Promise || options.recipe instanceof Promise || wanted instanceof Promise;
  if (early) (starting[0] as WorkerSlot).startWorker();
  // Registered before the wait below, so the workers wanted are started before it ends; none
  // once it has ended (a failed walk ends the run before the number is known).
  let waited = false;
  void Promise.resolve(wanted).then((count) => {
    if (!early || waited) return;
    // No more than the machine can run at once: an explicit `--jobs 16` on a one-file run must
    // not start sixteen workers before the files are known.
    while (starting.length < Math.min(count, availableParallelism())) {
      const slot = addSlot();
      slot.startWorker();
      starting.push(slot);
    }
  }, () => undefined);
  let count: number;
  try {
    [run.tasks, , count] = await Promise.all([tasks, options.recipe, wanted]);
  } catch (error) {
    waited = true;
    for (const slot of starting) slot.retire();
    throw error;
  }
  waited = true;
  run.started = true;
  run.outcomes.length = run.tasks.length;
  const slots = Math.max(1, Math.min(count, Math.ceil(run.tasks.length / filesPerWorker)));
  run.inHand = Math.max(1, Math.min(TASKS_IN_HAND, Math.ceil(run.tasks.length / (slots * SHARES_IN_HAND))));
  while (starting.length < slots) starting.push(addSlot());
  // Workers started for files that turned out too few to share are ended unused.
  starting.forEach((slot, index) => (index < slots ? slot.fill() : slot.retire()));
  await Promise.all(slotsDone);
  return run.outcomes;
}

/** One worker's place in the pool: it is replaced when a file hangs or kills it. */
class WorkerSlot {
  private worker: Worker | undefined;
  private progress: TaskProgress | undefined;
  private ready = false;
  /** Tasks handed to this slot and not yet answered, in order. */
  private inHand: number[] = [];
  /** How many of `inHand` the current worker has been sent. */
  private sent = 0;
  private watchdog: NodeJS.Timeout | undefined;
  private startup: NodeJS.Timeout | undefined;
  /** Workers in a row that ended before they were ready: past MAX_FAILED_STARTS none ever will be. */
  private failedStarts = 0;

  /** Settles when the slot has run out of files and its worker has exited. */
  readonly finished: Promise<void>;
  private done: () => void = () => undefined;

  constructor(private readonly run: PoolRun) {
    this.finished = new Promise((resolve) => (this.done = resolve));
  }

  /** Hands this slot more tasks, or ends it when there are none left. */
  fill(): void {
    const { run } = this;
    // A worker that failed while the files were still being found is started again with them.
    if (!run.started) return;
    while (this.inHand.length < run.inHand && run.next < run.tasks.length) this.inHand.push(run.next++);
    if (this.inHand.length === 0) {
      // Done once the worker is gone: the cross-document checks and the report that follow then
      // run without its heap (about 30 MB of the run's peak on 10,000 files).
      this.retire();
      return;
    }
    if (this.worker === undefined) this.startWorker();
    else if (this.ready) this.sendPending();
  }

  startWorker(): void {
    const progress = TaskProgress.create();
    const init: WorkerInit = { leaddocsAnalysisWorker: true, progressBuffer: progress.buffer, progressEpoch: progress.epoch };
    const worker = new Worker(this.run.options.workerScript, { workerData: init, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_NURSERY_MB }, stdout: false, stderr: false });
    // A recipe that cannot be read fails the run before any task is sent (analyseInWorkers).
    Promise.resolve(this.run.options.recipe).then(
      (recipe) => worker.postMessage({ recipe } satisfies WorkerRecipe),
      () => undefined,
    );
    this.worker = worker;
    this.progress = progress;
    this.ready = false;
    this.sent = 0;
    const startBudgetMs = Math.max(START_BUDGET_MS, this.run.options.budgetMs);
    clearTimeout(this.startup);
    this.startup = setTimeout(() => {
      if (worker === this.worker && !this.ready) this.replaceWorker(`could not be checked: its worker did not start within ${formatSeconds(startBudgetMs)}.`);
    }, startBudgetMs);
    this.startup.unref();
    worker.on('message', (data: string | WorkerReady) => {
      if (worker !== this.worker) return;
      if (typeof data !== 'string') {
        this.ready = true;
        this.failedStarts = 0;
        clearTimeout(this.startup);
        this.sendPending();
        this.startWatchdog();
        return;
      }
      // A worker answers its files in the order it was sent them.
      for (const outcome of JSON.parse(data) as AnalysisOutcome[]) {
        // Never otherwise: a worker answers in order, and a replaced worker's answers are dropped above.
        if (outcome.id !== this.inHand[0]) continue;
        this.inHand.shift();
        this.sent--;
        this.settle(outcome);
      }
      this.fill();
    });
    worker.on('error', (error) => {
      if (worker === this.worker) this.replaceWorker(`could not be checked: ${error.message}.`);
    });
    worker.on('exit', () => {
      if (worker === this.worker) this.replaceWorker('could not be checked: its worker stopped.');
    });
  }

  /** Ends this slot without giving it any task. */
  retire(): void {
    void this.stop().then(this.done);
  }

  /** Ends the worker; settles when its thread has exited. */
  stop(): Promise<unknown> {
    clearInterval(this.watchdog);
    clearTimeout(this.startup);
    const ending = this.worker?.terminate();
    this.worker = undefined;
    return ending ?? Promise.resolve();
  }

  private sendPending(): void {
    const { worker } = this;
    while (worker !== undefined && this.sent < this.inHand.length) {
      const ids = this.inHand.slice(this.sent, this.sent + TASKS_PER_MESSAGE);
      worker.postMessage({ tasks: ids.map((id) => ({ ...(this.run.tasks[id] as TaskSpec), id })) } satisfies TaskBatch<AnalysisTask>);
      this.sent += ids.length;
    }
  }

  /** Checks the worker's progress slot often enough that a file is stopped within a tenth of its budget. */
  private startWatchdog(): void {
    const { budgetMs } = this.run.options;
    clearInterval(this.watchdog);
    this.watchdog = setInterval(
      () => {
        const current = this.progress?.current();
        if (current !== undefined && current.elapsedMs > budgetMs) this.replaceWorker(`not checked: it took longer than ${formatSeconds(budgetMs)}, the time budget of one file.`, current.id);
      },
      Math.min(1000, Math.max(10, budgetMs / 10)),
    );
    this.watchdog.unref();
  }

  /**
   * The file the worker was on costs only itself: it is settled with the problem, and the files
   * held with it (answered or not, their outcomes died with the worker) go to a fresh worker.
   */
  private replaceWorker(problem: string, observed?: number): void {
    // The task the watchdog saw over its budget, not whatever the worker has moved on to since.
    const failed = observed ?? this.progress?.current()?.id ?? this.inHand[0];
    if (!this.ready && ++this.failedStarts >= MAX_FAILED_STARTS && this.run.started) {
      this.giveUp(problem);
      return;
    }
    void this.stop();
    const position = failed === undefined ? -1 : this.inHand.indexOf(failed);
    if (position >= 0) {
      this.inHand.splice(position, 1);
      this.settle({ id: failed as number, problem });
    }
    this.fill();
  }

  /**
   * No worker of this slot gets ready: the files it holds and every one not yet handed out get
   * the reason, rather than one worker start (and one failure) per file.
   */
  private giveUp(problem: string): void {
    const { run } = this;
    const left = [...this.inHand];
    while (run.next < run.tasks.length) left.push(run.next++);
    this.inHand = [];
    for (const id of left) this.settle({ id, problem });
    this.retire();
  }

  private settle(outcome: AnalysisOutcome): void {
    const { run } = this;
    run.outcomes[outcome.id] = outcome;
    run.options.onSettled?.(++run.settled, run.tasks.length);
  }
}

function formatSeconds(ms: number): string {
  return `${ms / 1000} s`;
}
