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
/**
 * Jobs a worker is sent before the one it is doing ends. The background worker gets a few, so
 * it goes from one file of the workspace index to the next without waiting for the server's
 * thread to hear of the last (on a busy machine that wait was half of its time); an open
 * document's worker gets one at a time, so a stuck job holds up no other.
 */
const JOBS_IN_HAND: Record<JobPriority, number> = { open: 1, background: 4 };

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
  /** Engines the worker has been asked to build (its workerData, each `configure`), and has built. */
  buildsAsked: number;
  builds: number;
  /** Sent and not answered, in the order sent: the worker is doing the first, its budget running. */
  jobs: QueuedJob[];
  timer: ReturnType<typeof setTimeout> | undefined;
  idleTimer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Runs jobs in a small pool of worker threads so that no document can stall another. Each job
 * has a time budget; a worker that overruns it is terminated (the only way to stop JavaScript
 * that does not yield), the job is answered as stopped, and a fresh worker takes its place.
 * Open documents' jobs have workers of their own (two, so that one stuck document does not
 * hold up the rest); background jobs (the workspace index) have one, so the index never holds
 * up what the user is looking at. No worker starts before it is wanted: a server that only
 * indexes a workspace whose files are all cached starts none (each costs tens of megabytes and
 * a second of CPU to load its bundle and build its engine).
 */
export class WorkerRunner implements AnalysisRunner {
  private readonly workers = new Set<PooledWorker>();
  private readonly queues: Record<JobPriority, QueuedJob[]> = { open: [], background: [] };
  private readonly budgetMs: number;
  private readonly laneSizes: Record<JobPriority, number>;
  private inputs: EngineInputs | undefined;
  /** Set once a document is open: from then on, open documents' workers are kept started. */
  private openLaneWanted = false;
  private nextId = 1;
  private disposed = false;

  constructor(private readonly options: WorkerRunnerOptions) {
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.laneSizes = { open: Math.max(1, options.openWorkers ?? DEFAULT_OPEN_WORKERS), background: 1 };
  }

  configure(inputs: EngineInputs): void {
    this.inputs = inputs;
    const message: ToWorker = { type: 'configure', inputs };
    for (const worker of this.workers) {
      worker.buildsAsked++;
      worker.thread.postMessage(message);
    }
  }

  prepare(priority: JobPriority): void {
    if (priority !== 'open' || this.openLaneWanted) return;
    this.openLaneWanted = true;
    this.fillOpenLane();
  }

  run<Kind extends JobKind>(kind: Kind, source: DocumentSource, priority: JobPriority): Promise<JobOutcome<JobValues[Kind]>> {
    return new Promise((resolve, reject) => {
      if (this.disposed || this.inputs === undefined) return reject(new Error('The analysis runner is not configured.'));
      if (priority === 'open') this.openLaneWanted = true;
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
    for (const worker of [...this.workers]) for (const job of this.retire(worker)) job.settle(abandoned);
  }

  private dispatch(): void {
    for (const lane of ['open', 'background'] as const) {
      const queue = this.queues[lane];
      while (queue.length > 0) {
        const inLane = [...this.workers].filter((worker) => worker.lane === lane);
        // Background work waits for a start-up in progress rather than competing with it for the CPU.
        const mayStart = inLane.length < this.laneSizes[lane] && (lane === 'open' || !this.starting());
        const worker =
          inLane.find((candidate) => candidate.jobs.length === 0) ?? (mayStart ? this.spawn(lane) : undefined) ?? inLane.find((candidate) => candidate.jobs.length < JOBS_IN_HAND[lane]);
        if (worker === undefined) break;
        this.start(worker, queue.shift() as QueuedJob);
      }
    }
  }

  private start(worker: PooledWorker, job: QueuedJob): void {
    worker.jobs.push(job);
    clearTimeout(worker.idleTimer);
    const message: ToWorker = { type: 'job', id: job.id, kind: job.kind, source: job.source };
    worker.thread.postMessage(message);
    if (worker.jobs.length === 1) this.arm(worker);
  }

  /**
   * Times the worker's first job. The budget counts from when the worker can work: a worker
   * still starting, or building the engine of new settings, gets the start-up allowance on top
   * (and is timed again once it has built it); a job sent ahead is timed once the one before it
   * is answered.
   */
  private arm(worker: PooledWorker): void {
    if (worker.timer !== undefined) clearTimeout(worker.timer);
    const building = worker.builds < worker.buildsAsked;
    worker.timer = setTimeout(() => this.stop(worker), building ? this.budgetMs + STARTUP_ALLOWANCE_MS : this.budgetMs);
  }

  private stop(worker: PooledWorker): void {
    const [job, ...waiting] = this.retire(worker);
    if (job !== undefined) this.options.log.warn(`Leaddocs: stopped checking ${job.source.uri} after ${this.budgetMs} ms (${job.kind}).`);
    job?.settle({ completed: false, stoppedAfterMs: this.budgetMs });
    this.requeue(worker.lane, waiting);
    this.fillOpenLane();
    this.dispatch();
  }

  /** Jobs sent ahead to a worker that is gone go first to the next one. */
  private requeue(lane: JobPriority, jobs: readonly QueuedJob[]): void {
    this.queues[lane].unshift(...jobs);
  }

  /**
   * Once a document is open, open documents' workers are started ahead of need, and again as
   * soon as one is stopped: loading a worker's bundle is most of its start-up (seconds on a busy
   * machine), so a document opened next to a stuck one, or right after it, finds a worker ready.
   * One starts at a time, so that the first is ready as early as it can be.
   */
  private fillOpenLane(): void {
    if (!this.openLaneWanted) return;
    const open = [...this.workers].filter((worker) => worker.lane === 'open').length;
    if (open < this.laneSizes.open && (open === 0 || !this.starting())) this.spawn('open');
  }

  private starting(): boolean {
    return [...this.workers].some((worker) => worker.builds === 0);
  }

  private spawn(lane: JobPriority): PooledWorker | undefined {
    if (this.disposed) return undefined;
    const worker: PooledWorker = { thread: this.options.startWorker(this.inputs), lane, buildsAsked: this.inputs === undefined ? 0 : 1, builds: 0, jobs: [], timer: undefined, idleTimer: undefined };
    this.workers.add(worker);
    worker.thread.on('message', (message: FromWorker) => this.receive(worker, message));
    worker.thread.on('error', (error) => this.lose(worker, error));
    worker.thread.on('exit', (code) => this.lose(worker, new Error(`The analysis worker exited with code ${code}.`)));
    return worker;
  }

  private receive(worker: PooledWorker, message: FromWorker): void {
    if (message.type === 'ready') {
      worker.builds++;
      if (worker.jobs.length > 0) this.arm(worker);
      this.fillOpenLane();
      this.dispatch();
      return;
    }
    const job = worker.jobs[0];
    if (job === undefined || job.id !== message.id) return;
    clearTimeout(worker.timer);
    worker.timer = undefined;
    worker.jobs.shift();
    job.settle(message.type === 'done' ? { completed: true, value: message.value } : new Error(message.message));
    if (worker.jobs.length > 0) this.arm(worker);
    else this.retireWhenIdle(worker);
    this.dispatch();
  }

  /** A worker that died (out of memory, a crash) fails the job it was doing; the next job gets a fresh worker. */
  private lose(worker: PooledWorker, error: Error): void {
    if (!this.workers.has(worker)) return;
    this.options.log.error('Leaddocs: an analysis worker stopped', error);
    const [job, ...waiting] = this.retire(worker);
    job?.settle(error);
    if (this.disposed) {
      for (const other of waiting) other.settle(error);
      return;
    }
    this.requeue(worker.lane, waiting);
    this.fillOpenLane();
    this.dispatch();
  }

  /** Ends the worker; returns the jobs it had in hand, for the caller to settle or send elsewhere. */
  private retire(worker: PooledWorker): QueuedJob[] {
    this.workers.delete(worker);
    clearTimeout(worker.timer);
    clearTimeout(worker.idleTimer);
    const jobs = worker.jobs;
    worker.jobs = [];
    void worker.thread.terminate();
    return jobs;
  }

  private retireWhenIdle(worker: PooledWorker): void {
    if (worker.lane !== 'background') return;
    clearTimeout(worker.idleTimer);
    worker.idleTimer = setTimeout(() => {
      if (worker.jobs.length === 0 && this.workers.has(worker)) this.retire(worker);
    }, IDLE_RETIREMENT_MS);
    worker.idleTimer.unref();
  }
}
