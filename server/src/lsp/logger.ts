import type { Connection } from 'vscode-languageserver';
import { describeError, type Logger } from '../host/logger';

export { describeError, type Logger } from '../host/logger';

/** The connection's console, so any client can show what the server does. */
export function connectionLogger(connection: Connection): Logger {
  return {
    info: (message) => connection.console.info(message),
    warn: (message) => connection.console.warn(message),
    error: (message, cause) => connection.console.error(cause === undefined ? message : `${message}: ${describeError(cause)}`),
    trace: (message, verbose) => connection.tracer.log(message, verbose),
  };
}
