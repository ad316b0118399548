import type { Worker } from 'node:worker_threads';
import type { DocumentSource } from '../../engine';
import type { Logger } from '../../host/logger';
import type { AnalysisRunner, EngineInputs, JobKind, JobOutcome, JobPriority, JobValues } from '../analysisRunner';
import { unpackValue } from '../analysisTransfer';
import type { FromWorker, ToWorker } from '../workerMessages';

/** How long one job may run before its worker is terminated. */
export const DEFAULT_BUDGET_MS = 2000;
/** Workers for open documents: a second one serves the others while one is stuck on a slow document. */
export const DEFAULT_OPEN_WORKERS = 2;
/** A worker that starts (loads its bundle, builds its engine) slower than this is given up on. */
const STARTUP_ALLOWANCE_MS = 15_000;
/** The background worker is let go after this long idle; open documents' workers are kept warm. */
const IDLE_RETIREMENT_MS = 30_000;

export interface WorkerRunnerOptions {
  /**
   * Starts a worker thread that serves jobs (`serveAnalysisJobs`), with the engine inputs, when
   * they are known yet, as its `workerData`.
   */
  readonly startWorker: (inputs: EngineInputs | undefined) => Worker;
  readonly log: Logger;
  readonly budgetMs?: number;
  readonly openWorkers?: number;
}

interface QueuedJob {
  readonly id: number;
  readonly kind: JobKind;
  readonly source: DocumentSource;
  readonly priority: JobPriority;
  readonly settle: (outcome: JobOutcome<unknown> | Error) => void;
}

interface PooledWorker {
  readonly thread: Worker;
  /** Open documents and the background each have their own workers, so neither waits for the other to start one. */
  readonly lane: JobPriority;
  ready: boolean;
  job: QueuedJob | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  idleTimer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Runs jobs in a small pool of worker threads so that no document can stall another. Each job
 * has a time budget; a worker that overruns it is terminated (the only way to stop JavaScript
 * that does not yield), the job is answered as stopped, and a fresh worker takes its place.
 * Open documents' jobs have workers of their own (two, so that one stuck document does not
 * hold up the rest); background jobs (the workspace index) have one, so the index never holds
 * up what the user is looking at.
 */
export class WorkerRunner implements AnalysisRunner {
  private readonly workers = new Set<PooledWorker>();
  private readonly queues: Record<JobPriority, QueuedJob[]> = { open: [], background: [] };
  private readonly budgetMs: number;
  private readonly laneSizes: Record<JobPriority, number>;
  private inputs: EngineInputs | undefined;
  private nextId = 1;
  private disposed = false;

  constructor(private readonly options: WorkerRunnerOptions) {
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.laneSizes = { open: Math.max(1, options.openWorkers ?? DEFAULT_OPEN_WORKERS), background: 1 };
    this.fillOpenLane();
  }

  configure(inputs: EngineInputs): void {
    this.inputs = inputs;
    const message: ToWorker = { type: 'configure', inputs };
    for (const worker of this.workers) worker.thread.postMessage(message);
  }

  run<Kind extends JobKind>(kind: Kind, source: DocumentSource, priority: JobPriority): Promise<JobOutcome<JobValues[Kind]>> {
    return new Promise((resolve, reject) => {
      if (this.disposed || this.inputs === undefined) return reject(new Error('The analysis runner is not configured.'));
      const settle = (outcome: JobOutcome<unknown> | Error): void => {
        if (outcome instanceof Error) return reject(outcome);
        resolve(outcome.completed ? { completed: true, value: unpackValue(kind, outcome.value, source) } : outcome);
      };
      this.queues[priority].push({ id: this.nextId++, kind, source, priority, settle });
      this.dispatch();
    });
  }

  dispose(): void {
    this.disposed = true;
    const abandoned = new Error('The analysis runner was shut down.');
    for (const job of [...this.queues.open.splice(0), ...this.queues.background.splice(0)]) job.settle(abandoned);
    for (const worker of [...this.workers]) this.retire(worker, abandoned);
  }

  private dispatch(): void {
    for (const lane of ['open', 'background'] as const) {
      const queue = this.queues[lane];
      while (queue.length > 0) {
        const inLane = [...this.workers].filter((worker) => worker.lane === lane);
        // Background work waits for a start-up in progress rather than competing with it for the CPU.
        const mayStart = inLane.length < this.laneSizes[lane] && (lane === 'open' || !this.starting());
        const worker = inLane.find((candidate) => candidate.job === undefined) ?? (mayStart ? this.spawn(lane) : undefined);
        if (worker === undefined) break;
        this.start(worker, queue.shift() as QueuedJob);
      }
    }
  }

  private start(worker: PooledWorker, job: QueuedJob): void {
    worker.job = job;
    clearTimeout(worker.idleTimer);
    const message: ToWorker = { type: 'job', id: job.id, kind: job.kind, source: job.source };
    worker.thread.postMessage(message);
    this.arm(worker);
  }

  /** The budget counts from when the worker can work: a worker still starting gets its start-up allowance on top. */
  private arm(worker: PooledWorker): void {
    if (worker.timer !== undefined) clearTimeout(worker.timer);
    worker.timer = setTimeout(() => this.stop(worker), worker.ready ? this.budgetMs : this.budgetMs + STARTUP_ALLOWANCE_MS);
  }

  private stop(worker: PooledWorker): void {
    const job = worker.job;
    if (job !== undefined) this.options.log.warn(`Leaddocs: stopped checking ${job.source.uri} after ${this.budgetMs} ms (${job.kind}).`);
    worker.job = undefined;
    this.retire(worker, undefined);
    job?.settle({ completed: false, stoppedAfterMs: this.budgetMs });
    this.fillOpenLane();
    this.dispatch();
  }

  /**
   * Open documents' workers are started ahead of need, at start-up and as soon as one is
   * stopped: loading a worker's bundle is most of its start-up (seconds on a busy machine), so a
   * document opened next to a stuck one, or right after it, finds a worker ready. One starts at
   * a time, so that the first is ready as early as it can be.
   */
  private fillOpenLane(): void {
    const open = [...this.workers].filter((worker) => worker.lane === 'open').length;
    if (open < this.laneSizes.open && (open === 0 || !this.starting())) this.spawn('open');
  }

  private starting(): boolean {
    return [...this.workers].some((worker) => !worker.ready);
  }

  private spawn(lane: JobPriority): PooledWorker | undefined {
    if (this.disposed) return undefined;
    const worker: PooledWorker = { thread: this.options.startWorker(this.inputs), lane, ready: false, job: undefined, timer: undefined, idleTimer: undefined };
    this.workers.add(worker);
    worker.thread.on('message', (message: FromWorker) => this.receive(worker, message));
    worker.thread.on('error', (error) => this.lose(worker, error));
    worker.thread.on('exit', (code) => this.lose(worker, new Error(`The analysis worker exited with code ${code}.`)));
    return worker;
  }

  private receive(worker: PooledWorker, message: FromWorker): void {
    if (message.type === 'ready') {
      worker.ready = true;
      if (worker.job !== undefined) this.arm(worker);
      this.fillOpenLane();
      this.dispatch();
      return;
    }
    const job = worker.job;
    if (job === undefined || job.id !== message.id) return;
    clearTimeout(worker.timer);
    worker.timer = undefined;
    worker.job = undefined;
    job.settle(message.type === 'done' ? { completed: true, value: message.value } : new Error(message.message));
    this.retireWhenIdle(worker);
    this.dispatch();
  }

  /** A worker that died (out of memory, a crash) fails its job; the next job gets a fresh worker. */
  private lose(worker: PooledWorker, error: Error): void {
    if (!this.workers.has(worker)) return;
    this.options.log.error('Leaddocs: an analysis worker stopped', error);
    this.retire(worker, error);
    if (this.disposed) return;
    this.fillOpenLane();
    this.dispatch();
  }

  private retire(worker: PooledWorker, error: Error | undefined): void {
    this.workers.delete(worker);
    clearTimeout(worker.timer);
    clearTimeout(worker.idleTimer);
    const job = worker.job;
    worker.job = undefined;
    if (job !== undefined && error !== undefined) job.settle(error);
    void worker.thread.terminate();
  }

  private retireWhenIdle(worker: PooledWorker): void {
    if (worker.lane !== 'background') return;
    clearTimeout(worker.idleTimer);
    worker.idleTimer = setTimeout(() => {
      if (worker.job === undefined && this.workers.has(worker)) this.retire(worker, undefined);
    }, IDLE_RETIREMENT_MS);
    worker.idleTimer.unref();
  }
}
