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
 * (Linux counts tasks waiting on disk too): the server uses it for its background workers; the
 * CLI measures idle time instead (nodeIdleCoreSampler.ts) and falls back to this.
 */
export function idleCores(): number {
  return Math.max(0, Math.round(availableParallelism() - (loadavg()[0] ?? 0)));
}
