import type { Worker } from 'node:worker_threads';
import type { DocumentSource } from '../../engine';
import type { Logger } from '../../host/logger';
import type { AnalysisRunner, CataloguedFile, EngineInputs, FileToCatalog, JobKind, JobOutcome, JobPriority, JobValues } from '../analysisRunner';
import { unpackValue } from '../analysisTransfer';
import type { FromWorker, JobRequest, ToWorker } from '../workerMessages';

/** How long one job may run before its worker is terminated. */
export const DEFAULT_BUDGET_MS = 2000;
/** Workers for open documents: a second one serves the others while one is stuck on a slow document. */
export const DEFAULT_OPEN_WORKERS = 2;
/** A worker that starts (loads its bundle, builds its engine) slower than this is given up on. */
const STARTUP_ALLOWANCE_MS = 15_000;
/** The background worker is let go after this long idle; open documents' workers are kept warm. */
const IDLE_RETIREMENT_MS = 30_000;
/**
 * Extra background workers are let go as soon as the scan that wanted them is over; this long
 * idle tells an end from the moment the index takes to send the next files.
 */
const EXTRA_RETIREMENT_MS = 250;
/**
 * Messages (batches of jobs) a worker is sent before the one it is doing is answered. The
 * background worker gets a second, so it goes from one batch of the workspace index to the next
 * without waiting for the server's thread to hear of the last; an open document's worker gets
 * one job at a time, so a stuck job holds up no other.
 */
const BATCHES_IN_HAND: Record<JobPriority, number> = { open: 1, background: 2 };
/**
 * Files of the workspace index sent to a worker in one message and answered in one. Each
 * message wakes the other thread, and on a busy machine a wake-up cost more than analysing a
 * small document. A batch has one job's budget: one that overruns it is sent again file by
 * file, so a stuck file is found and stopped on its own, and the others complete.
 */
const CATALOG_BATCH = 16;

export interface WorkerRunnerOptions {
  /**
   * Starts a worker thread that serves jobs (`serveAnalysisJobs`), with the engine inputs, when
   * they are known yet, as its `workerData`.
   */
  readonly startWorker: (inputs: EngineInputs | undefined) => Worker;
  readonly log: Logger;
  readonly budgetMs?: number;
  readonly openWorkers?: number;
  /**
   * Workers the background (the workspace index) may have while no document is open, asked
   * each time background work starts with none running: one per idle core makes a cold index
   * of a large workspace as quick as the machine allows, and no quicker than its other users
   * let it. Once a document is open, or the background queue is empty, it is back to one.
   */
  readonly backgroundWorkers?: () => number;
}

interface QueuedJob {
  readonly id: number;
  readonly request: JobRequest;
  readonly priority: JobPriority;
  readonly settle: (outcome: JobOutcome<unknown> | Error) => void;
  /** Sent on its own from now on: a batch it was in overran the budget or lost its worker. */
  alone: boolean;
}

/** Jobs sent in one message, answered in one. */
type Batch = readonly QueuedJob[];

interface PooledWorker {
  readonly thread: Worker;
  /** Open documents and the background each have their own workers, so neither waits for the other to start one. */
  readonly lane: JobPriority;
  /** Engines the worker has been asked to build (its workerData, each `configure`), and has built. */
  buildsAsked: number;
  builds: number;
  /** Sent and not answered, in the order sent: the worker is doing the first, its budget running. */
  batches: Batch[];
  timer: ReturnType<typeof setTimeout> | undefined;
  idleTimer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Runs jobs in a small pool of worker threads so that no document can stall another. Each job
 * has a time budget; a worker that overruns it is terminated (the only way to stop JavaScript
 * that does not yield), the job is answered as stopped, and a fresh worker takes its place.
 * Open documents' jobs have workers of their own (two, so that one stuck document does not
 * hold up the rest); background jobs (the workspace index) have one once a document is open,
 * so the index never holds up what the user is looking at, and one per core before that. No
 * worker starts before it is wanted: a server that only indexes a workspace whose files are all
 * cached starts none (each costs tens of megabytes and a second of CPU to load its bundle and
 * build its engine).
 */
export class WorkerRunner implements AnalysisRunner {
  private readonly workers = new Set<PooledWorker>();
  private readonly queues: Record<JobPriority, QueuedJob[]> = { open: [], background: [] };
  private readonly budgetMs: number;
  private readonly laneSizes: Record<JobPriority, number>;
  /** What `backgroundWorkers` said when the background last started from no worker. */
  private backgroundAllowance = 1;
  /**
   * False while the background's worker count is provisional (a worker prepared at start-up):
   * cores are counted when the scan's first files arrive, after a window long enough to measure.
   */
  private backgroundCounted = false;
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
    if (priority === 'background') return this.prepareBackground();
    if (this.openLaneWanted) return;
    this.openLaneWanted = true;
    this.fillOpenLane();
  }

  /**
   * A scan that will analyse every file is coming: its first worker starts now, loading its
   * bundle while the server fetches settings and builds its own engine (and the scan walks the
   * folders), rather than after. If no job comes, it goes after an idle while, as any other.
   */
  private prepareBackground(): void {
    // Not while a document's worker is starting: background work waits for that, as in dispatch.
    if (this.disposed || this.openLaneWanted || [...this.workers].some((worker) => worker.lane === 'background')) return;
    this.backgroundAllowance = 1;
    this.backgroundCounted = false;
    const worker = this.spawn('background');
    if (worker !== undefined) this.retireWhenIdle(worker);
  }

  run<Kind extends JobKind>(kind: Kind, source: DocumentSource, priority: JobPriority): Promise<JobOutcome<JobValues[Kind]>> {
    return this.submit({ kind, source }, priority, (value) => unpackValue(kind, value, source));
  }

  catalogFile(file: FileToCatalog): Promise<JobOutcome<CataloguedFile>> {
    return this.submit({ kind: 'catalogFile', file }, 'background', (value) => value as CataloguedFile);
  }

  /**
   * A scan's worker holds tens of megabytes, and the server's thread needs memory right after a
   * scan (writing the cache, the first cross-document check): idle background workers go at
   * once. One still doing a job goes after it, as always.
   */
  releaseBackground(): void {
    for (const worker of [...this.workers]) if (worker.lane === 'background' && worker.batches.length === 0) this.retire(worker);
  }

  private submit<Value>(request: JobRequest, priority: JobPriority, unpack: (value: unknown) => Value): Promise<JobOutcome<Value>> {
    return new Promise((resolve, reject) => {
      if (this.disposed || this.inputs === undefined) return reject(new Error('The analysis runner is not configured.'));
      if (priority === 'open') this.openLaneWanted = true;
      const settle = (outcome: JobOutcome<unknown> | Error): void => {
        if (outcome instanceof Error) return reject(outcome);
        resolve(outcome.completed ? { completed: true, value: unpack(outcome.value) } : outcome);
      };
      this.queues[priority].push({ id: this.nextId++, request, priority, settle, alone: false });
      this.dispatch();
    });
  }

  dispose(): void {
    this.disposed = true;
    const abandoned = new Error('The analysis runner was shut down.');
    for (const job of [...this.queues.open.splice(0), ...this.queues.background.splice(0)]) job.settle(abandoned);
    for (const worker of [...this.workers]) for (const job of this.retire(worker).flat()) job.settle(abandoned);
  }

  private dispatch(): void {
    for (const lane of ['open', 'background'] as const) {
      const queue = this.queues[lane];
      if (lane === 'background' && queue.length > 0 && (!this.backgroundCounted || this.serving(lane).length === 0)) {
        this.backgroundAllowance = Math.max(1, this.options.backgroundWorkers?.() ?? 1);
        this.backgroundCounted = true;
      }
      while (queue.length > 0) {
        const inLane = this.serving(lane);
        // Background work waits for a start-up in progress rather than competing with it for the
        // CPU, and starts an extra worker only for more work than one batch.
        const mayStart = inLane.length < this.laneSize(lane) && (lane === 'open' || (!this.starting() && (inLane.length === 0 || queue.length > CATALOG_BATCH)));
        const worker =
          inLane.find((candidate) => candidate.batches.length === 0) ?? (mayStart ? this.spawn(lane) : undefined) ?? inLane.find((candidate) => candidate.batches.length < BATCHES_IN_HAND[lane]);
        if (worker === undefined) break;
        this.start(worker, takeBatch(queue));
      }
    }
  }

  /** Open documents compete for the CPU with every background worker: once one is open, the background has one. */
  private laneSize(lane: JobPriority): number {
    return lane === 'background' && !this.openLaneWanted ? this.backgroundAllowance : this.laneSizes[lane];
  }

  /** The lane's workers that are given jobs, oldest first; any beyond its size finish what they hold and go. */
  private serving(lane: JobPriority): PooledWorker[] {
    return [...this.workers].filter((worker) => worker.lane === lane).slice(0, this.laneSize(lane));
  }

  private start(worker: PooledWorker, batch: Batch): void {
    worker.batches.push(batch);
    clearTimeout(worker.idleTimer);
    const message: ToWorker = { type: 'jobs', jobs: batch.map((job) => ({ id: job.id, ...job.request })) };
    worker.thread.postMessage(message);
    if (worker.batches.length === 1) this.arm(worker);
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
    const [batch = [], ...waiting] = this.retire(worker);
    this.requeue(worker.lane, waiting);
    const [job, ...others] = batch;
    if (job !== undefined && others.length === 0) {
      this.options.log.warn(`Leaddocs: stopped checking ${uriOf(job.request)} after ${this.budgetMs} ms (${job.request.kind}).`);
      job.settle({ completed: false, stoppedAfterMs: this.budgetMs });
    } else {
      this.requeueAlone(worker.lane, batch);
    }
    this.fillOpenLane();
    this.dispatch();
  }

  /** Jobs sent ahead to a worker that is gone go first to the next one. */
  private requeue(lane: JobPriority, batches: readonly Batch[]): void {
    this.queues[lane].unshift(...batches.flat());
  }

  /** A batch that overran its budget, or whose worker died, is sent again one job at a time, to find the job at fault. */
  private requeueAlone(lane: JobPriority, batch: Batch): void {
    for (const job of batch) job.alone = true;
    this.queues[lane].unshift(...batch);
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
    const worker: PooledWorker = { thread: this.options.startWorker(this.inputs), lane, buildsAsked: this.inputs === undefined ? 0 : 1, builds: 0, batches: [], timer: undefined, idleTimer: undefined };
    this.workers.add(worker);
    worker.thread.on('message', (message: FromWorker) => this.receive(worker, message));
    worker.thread.on('error', (error) => this.lose(worker, error));
    worker.thread.on('exit', (code) => this.lose(worker, new Error(`The analysis worker exited with code ${code}.`)));
    return worker;
  }

  private receive(worker: PooledWorker, message: FromWorker): void {
    if (message.type === 'ready') {
      worker.builds++;
      if (worker.batches.length > 0) this.arm(worker);
      this.fillOpenLane();
      this.dispatch();
      return;
    }
    const batch = worker.batches[0];
    if (batch === undefined || batch[0]?.id !== message.answers[0]?.id) return;
    clearTimeout(worker.timer);
    worker.timer = undefined;
    worker.batches.shift();
    batch.forEach((job, index) => {
      const answer = message.answers[index];
      job.settle(answer !== undefined && 'value' in answer ? { completed: true, value: answer.value } : new Error(answer?.failed ?? 'The analysis worker did not answer.'));
    });
    if (worker.batches.length > 0) this.arm(worker);
    else this.retireWhenIdle(worker);
    this.dispatch();
  }

  /** A worker that died (out of memory, a crash) fails the job it was doing; the next job gets a fresh worker. */
  private lose(worker: PooledWorker, error: Error): void {
    if (!this.workers.has(worker)) return;
    this.options.log.error('Leaddocs: an analysis worker stopped', error);
    const [batch = [], ...waiting] = this.retire(worker);
    if (this.disposed) {
      for (const other of [...batch, ...waiting.flat()]) other.settle(error);
      return;
    }
    this.requeue(worker.lane, waiting);
    if (batch.length === 1) batch[0]?.settle(error);
    else this.requeueAlone(worker.lane, batch);
    this.fillOpenLane();
    this.dispatch();
  }

  /** Ends the worker; returns the batches it had in hand, for the caller to settle or send elsewhere. */
  private retire(worker: PooledWorker): Batch[] {
    this.workers.delete(worker);
    clearTimeout(worker.timer);
    clearTimeout(worker.idleTimer);
    const batches = worker.batches;
    worker.batches = [];
    void worker.thread.terminate();
    return batches;
  }

  private retireWhenIdle(worker: PooledWorker): void {
    if (worker.lane !== 'background') return;
    const serving = this.serving('background');
    if (!serving.includes(worker)) {
      this.retire(worker);
      return;
    }
    clearTimeout(worker.idleTimer);
    // Each worker holds tens of megabytes: extras go at once, the first when it has been idle a while.
    worker.idleTimer = setTimeout(
      () => {
        if (worker.batches.length === 0 && this.workers.has(worker)) this.retire(worker);
      },
      serving[0] === worker ? IDLE_RETIREMENT_MS : EXTRA_RETIREMENT_MS,
    );
    worker.idleTimer.unref();
  }
}

/** The next message's jobs: files of the workspace index go several at a time, anything else alone. */
function takeBatch(queue: QueuedJob[]): Batch {
  const batchable = (job: QueuedJob | undefined): boolean => job !== undefined && job.request.kind === 'catalogFile' && !job.alone;
  let size = 1;
  if (batchable(queue[0])) while (size < CATALOG_BATCH && batchable(queue[size])) size++;
  return queue.splice(0, size);
}

function uriOf(request: JobRequest): string {
  return request.kind === 'catalogFile' ? request.file.uri : request.source.uri;
}
