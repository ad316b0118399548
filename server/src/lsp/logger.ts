import type { Connection } from 'vscode-languageserver/node';

/** Where the server writes what it does; the connection's console, so any client can show it. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, cause?: unknown): void;
  /** Sent only while the client has tracing on (`$/setTrace`); for per-request detail. */
  trace(message: string, verbose?: string): void;
}

export function connectionLogger(connection: Connection): Logger {
  return {
    info: (message) => connection.console.info(message),
    warn: (message) => connection.console.warn(message),
    error: (message, cause) => connection.console.error(cause === undefined ? message : `${message}: ${describeError(cause)}`),
    trace: (message, verbose) => connection.tracer.log(message, verbose),
  };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
