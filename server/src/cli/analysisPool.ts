import { Worker } from 'node:worker_threads';
import { WORKER_NURSERY_MB } from '../host/nodeWorkerSizing';
import type { AnalysisOutcome, AnalysisTask, WorkerInit, WorkerReady } from './analysisWorker';
import type { EngineRecipe } from './cliWorkspace';

export interface PoolOptions {
  /** The script a worker runs: the CLI's own entry, which turns into a worker when started as one. */
  readonly workerScript: string;
  readonly recipe: EngineRecipe;
  readonly jobs: number;
  /** A file still being checked after this long costs only itself: its worker is ended and replaced. */
  readonly budgetMs: number;
  /** Called as each file is settled, for the progress line. */
  readonly onSettled?: (settled: number, total: number) => void;
}

/** Heap a worker may use; a file that needs more ends its worker, not the run. */
const WORKER_HEAP_MB = 256;
/**
 * Files a worker is sent before the one it is checking is answered, so it goes from file to
 * file without waiting for the main thread to hear of the last (on two busy cores the workers
 * were idle nearly half the time). A file over its budget still costs only itself.
 */
const TASKS_IN_HAND = 3;

/**
 * Checks files on worker threads, each worker a few files ahead. Outcomes come back in task
 * order, whatever the number of workers, so every job count prints the same report.
 */
export async function analyseInWorkers(tasks: readonly Omit<AnalysisTask, 'id'>[], options: PoolOptions): Promise<AnalysisOutcome[]> {
  const outcomes: AnalysisOutcome[] = new Array<AnalysisOutcome>(tasks.length);
  let nextIndex = 0;
  let settled = 0;
  const init: WorkerInit = { leaddocsAnalysisWorker: true, recipe: options.recipe };

  const runSlot = (): Promise<void> =>
    new Promise((done) => {
      let worker: Worker | undefined;
      let ready = false;
      /** Tasks sent to the worker (or to send once it is ready), in order: it is checking the first. */
      let inHand: number[] = [];
      let timer: NodeJS.Timeout | undefined;

      const settle = (outcome: AnalysisOutcome): void => {
        outcomes[outcome.id] = outcome;
        options.onSettled?.(++settled, tasks.length);
      };
      // The budget starts when the worker has its engine, and for a task sent ahead when the one before it is answered.
      const timeFirst = (): void => {
        clearTimeout(timer);
        if (worker === undefined || !ready || inHand.length === 0) return;
        timer = setTimeout(() => replaceWorker(`not checked: it took longer than ${formatSeconds(options.budgetMs)}, the time budget of one file.`), options.budgetMs);
      };
      const post = (id: number): void => {
        worker?.postMessage({ ...(tasks[id] as Omit<AnalysisTask, 'id'>), id } satisfies AnalysisTask);
      };
      /** The file being checked costs only itself; the ones sent after it go to a fresh worker. */
      const replaceWorker = (problem: string): void => {
        clearTimeout(timer);
        const [failed, ...waiting] = inHand;
        inHand = waiting;
        void worker?.terminate();
        worker = undefined;
        if (failed !== undefined) settle({ id: failed, problem });
        fill();
      };
      const start = (): Worker => {
        const started = new Worker(options.workerScript, { workerData: init, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_NURSERY_MB }, stdout: false, stderr: false });
        ready = false;
        started.on('message', (data: string | WorkerReady) => {
          if (started !== worker) return;
          const message = typeof data === 'string' ? (JSON.parse(data) as AnalysisOutcome) : data;
          if ('ready' in message) {
            ready = true;
            inHand.forEach(post);
            timeFirst();
          } else if (message.id === inHand[0]) {
            // A worker answers its files in the order they were sent, one at a time.
            inHand.shift();
            settle(message);
            fill();
            timeFirst();
          }
        });
        started.on('error', (error) => {
          if (started === worker) replaceWorker(`could not be checked: ${error.message}.`);
        });
        started.on('exit', () => {
          if (started === worker) replaceWorker('could not be checked: its worker stopped.');
        });
        return started;
      };
      const fill = (): void => {
        while (inHand.length < TASKS_IN_HAND && nextIndex < tasks.length) {
          const id = nextIndex++;
          inHand.push(id);
          if (worker !== undefined && ready) post(id);
        }
        if (inHand.length === 0) {
          void worker?.terminate();
          worker = undefined;
          done();
          return;
        }
        if (worker === undefined) {
          worker = start();
        }
      };
      fill();
    });

  const slots = Math.max(1, Math.min(options.jobs, tasks.length));
  await Promise.all(Array.from({ length: slots }, runSlot));
  return outcomes;
}

function formatSeconds(ms: number): string {
  return `${ms / 1000} s`;
}
