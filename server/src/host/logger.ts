/**
 * Where a host writes what it does. The language server sends it to the client's console
 * (lsp/logger.ts); the CLI collects only what the user must see.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, cause?: unknown): void;
  /** Sent only while the client has tracing on (`$/setTrace`); for per-request detail. */
  trace(message: string, verbose?: string): void;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** For hosts that report problems themselves and have no log to write to. */
export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  trace: () => undefined,
};
