/**
 * Which task an analysis worker is on, and since when, in memory the main thread can read while
 * the worker is busy. Workers take files in batches and answer in batches, so no message says
 * when a file starts; this slot does, and a hung or crashed worker is charged to the right file.
 */
export class TaskProgress {
  private static readonly IDLE = -1;
  private readonly slot: Int32Array;

  /**
   * `epoch` is the time (monotonicMs) both threads count from, so the start fits in 32 bits
   * (24 days of milliseconds) and the slot can be read and written with Atomics.
   */
  constructor(
    readonly buffer: SharedArrayBuffer,
    readonly epoch: number,
  ) {
    this.slot = new Int32Array(buffer);
  }

  static create(): TaskProgress {
    const progress = new TaskProgress(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT), monotonicMs());
    progress.finish();
    return progress;
  }

  /** The worker starts the task `id`. The start is written first, so a reader that sees the id sees its start. */
  begin(id: number): void {
    Atomics.store(this.slot, 1, monotonicMs() - this.epoch);
    Atomics.store(this.slot, 0, id);
  }

  /** The worker has no task in hand. */
  finish(): void {
    Atomics.store(this.slot, 0, TaskProgress.IDLE);
  }

  /** The task the worker is on and how long it has been on it, or undefined when it is between tasks. */
  current(): { readonly id: number; readonly elapsedMs: number } | undefined {
    const id = Atomics.load(this.slot, 0);
    if (id === TaskProgress.IDLE) return undefined;
    return { id, elapsedMs: monotonicMs() - this.epoch - Atomics.load(this.slot, 1) };
  }
}

/**
 * Milliseconds on the process's monotonic clock, the same in every thread (performance.now()
 * counts from each thread's own start). Not the wall clock: a time-sync step would end or hide a
 * file's budget.
 */
function monotonicMs(): number {
  return Number(process.hrtime.bigint() / 1_000_000n);
}
