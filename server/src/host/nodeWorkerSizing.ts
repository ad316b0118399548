import { availableParallelism, loadavg } from 'node:os';

/**
 * The young generation of an analysis worker (the server's and the CLI's). What an analysis
 * allocates dies with it, so a small nursery costs few extra scavenges, while V8's default lets
 * each worker hold up to 32 MB of mostly empty pages (15–20 MB less peak RSS per worker, measured).
 */
export const WORKER_NURSERY_MB = 8;

/**
 * Cores nobody else is using, read from the load average: the cores less its one-minute figure.
 * A worker beyond these only adds its start-up, its JIT warm-up and its memory. Quick but rough
 * (Linux counts tasks waiting on disk too): the server and the CLI measure idle time instead
 * (nodeIdleCoreSampler.ts) and fall back to this.
 */
export function idleCores(): number {
  return Math.max(0, Math.round(availableParallelism() - (loadavg()[0] ?? 0)));
}

/**
 * Analysis workers for the cores measured idle, the language server's (the workspace index) and
 * the CLI's alike: one core is left to the main thread and V8's compiler and collector threads,
 * which compile and collect for every worker. On two idle cores two workers were slower than one
 * and over the memory targets (10,000 documents: the index 8.8 s and 158 MB against 5.7 s and
 * 135 MB; the CLI 6.03 s and 194 MB against 5.70 s and 162 MB), so a two-core machine runs one.
 */
export function workersForIdleCores(idle: number): number {
  return Math.max(1, idle - 1);
}
