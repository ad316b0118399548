import { Worker } from 'node:worker_threads';
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
 * Checks files on worker threads, one file per worker at a time. Outcomes come back in task
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
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;

      const settle = (outcome: AnalysisOutcome): void => {
        clearTimeout(timer);
        outcomes[outcome.id] = outcome;
        current = undefined;
        options.onSettled?.(++settled, tasks.length);
        feed();
      };
      const replaceWorker = (problem: string): void => {
        const failed = current;
        const old = worker;
        worker = undefined;
        void old?.terminate();
        if (failed !== undefined) settle({ id: failed, problem });
      };
      const start = (): Worker => {
        const started = new Worker(options.workerScript, { workerData: init, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }, stdout: false, stderr: false });
        ready = false;
        started.on('message', (message: AnalysisOutcome | WorkerReady) => {
          if (started !== worker) return;
          if ('ready' in message) {
            ready = true;
            send();
          } else if (message.id === current) settle(message);
        });
        started.on('error', (error) => {
          if (started === worker) replaceWorker(`could not be checked: ${error.message}.`);
        });
        started.on('exit', () => {
          if (started === worker) replaceWorker('could not be checked: its worker stopped.');
        });
        return started;
      };
      const feed = (): void => {
        if (nextIndex >= tasks.length) {
          void worker?.terminate();
          worker = undefined;
          done();
          return;
        }
        current = nextIndex++;
        worker ??= start();
        send();
      };
      // The budget starts when the worker has its engine: starting one is not the file's fault.
      const send = (): void => {
        if (worker === undefined || !ready || current === undefined) return;
        timer = setTimeout(() => replaceWorker(`not checked: it took longer than ${formatSeconds(options.budgetMs)}, the time budget of one file.`), options.budgetMs);
        worker.postMessage({ ...(tasks[current] as Omit<AnalysisTask, 'id'>), id: current } satisfies AnalysisTask);
      };
      feed();
    });

  const slots = Math.max(1, Math.min(options.jobs, tasks.length));
  await Promise.all(Array.from({ length: slots }, runSlot));
  return outcomes;
}

function formatSeconds(ms: number): string {
  return `${ms / 1000} s`;
}
