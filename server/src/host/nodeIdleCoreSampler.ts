import { availableParallelism, cpus } from 'node:os';
import { idleCores } from './nodeWorkerSizing';

/** What the sampler reads; the machine's by default, a fake one in tests. */
export interface CpuClock {
  /** Milliseconds every core has spent idle since boot, summed over the cores the system lists. */
  idleMs(): number;
  /** How many cores the system lists (the host's, in a container or under an affinity mask). */
  listedCores(): number;
  /** CPU milliseconds this process has used, all its threads. */
  ownMs(): number;
  /** Wall milliseconds. */
  now(): number;
  cores(): number;
  /** The fallback when the window is too short to measure: cores less the load average. */
  loadAverageIdleCores(): number;
}

export const machineClock: CpuClock = {
  idleMs: () => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0),
  listedCores: () => cpus().length,
  ownMs: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
  now: () => performance.now(),
  cores: () => availableParallelism(),
  loadAverageIdleCores: idleCores,
};

/** Below this the kernel's 10 ms tick makes the idle time too coarse to read. */
const MIN_WINDOW_MS = 100;

/**
 * Cores free for more workers, measured over a window (from construction to the question)
 * rather than read from the load average. Linux counts tasks waiting in uninterruptible sleep in
 * the load average, so a machine whose two cores were both idle reported a load near 2, and got
 * one worker where two were 1.4x faster. Idle time is what the other processes left; what this
 * process used in the window is counted as free too, since its own workers are what will use it.
 */
export class IdleCoreSampler {
  private readonly startIdleMs: number;
  private readonly startOwnMs: number;
  private readonly startedAt: number;

  constructor(private readonly clock: CpuClock = machineClock) {
    this.startIdleMs = clock.idleMs();
    this.startOwnMs = clock.ownMs();
    this.startedAt = clock.now();
  }

  idleCores(): number {
    const { clock } = this;
    const window = clock.now() - this.startedAt;
    // Idle time of cores this process may not use (a container's, an affinity mask's) says nothing of its own.
    if (window < MIN_WINDOW_MS || clock.listedCores() > clock.cores()) return clock.loadAverageIdleCores();
    const free = (clock.idleMs() - this.startIdleMs + clock.ownMs() - this.startOwnMs) / window;
    return Math.max(0, Math.min(clock.cores(), Math.round(free)));
  }

  /** idleCores(), once the window is long enough to measure. */
  async measured(): Promise<number> {
    const left = MIN_WINDOW_MS - (this.clock.now() - this.startedAt);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
    return this.idleCores();
  }
}
