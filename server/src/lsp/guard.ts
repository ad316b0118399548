import type { Logger } from './logger';

/**
 * Runs a handler so that its failure is logged and answered with a fallback instead of taking
 * the server down: one bad document or message must never cost the user every other diagnostic.
 */
export function guarded<Args extends unknown[], Result>(
  log: Logger,
  what: string,
  fallback: Result,
  handler: (...args: Args) => Result | Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    try {
      return await handler(...args);
    } catch (error) {
      log.error(`Leaddocs: ${what} failed`, error);
      return fallback;
    }
  };
}
