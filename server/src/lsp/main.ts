/**
 * The Leaddocs language server as a Node process. The transport (`--stdio`, `--node-ipc`,
 * `--socket=<port>`) is chosen from argv by vscode-languageserver, so any LSP client can start it.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { WorkerRunner } from '../analysis/node/workerRunner';
import { catalogCacheFor } from '../host/catalogCacheLocation';
import { gitAddedDates } from '../host/nodeGitHistory';
import { nodeWorkspaceFiles } from '../host/nodeWorkspaceFiles';
import { registerExportRequest } from './exportRequest';
import { startServer } from './startServer';

const log = startServer(createConnection(ProposedFeatures.all), {
  files: nodeWorkspaceFiles,
  // Each analysis runs in a worker thread with a time budget, so no document can stall another.
  createRunner: (serverLog) =>
    new WorkerRunner({
      startWorker: (inputs) => new Worker(join(__dirname, 'analysisWorker.js'), { workerData: inputs, resourceLimits: { maxOldGenerationSizeMb: 1024 } }),
      log: serverLog,
    }),
  catalogCache: (initializationOptions, folders) => catalogCacheFor(process.argv, initializationOptions, folders),
  registerExport: registerExportRequest,
  addedDates: gitAddedDates,
});

// Last resort: a bug in one handler is logged and the server keeps serving every other document.
// Once the client has gone the connection cannot log, and throwing here would kill the process
// with a misleading error: stderr is all that is left.
function lastResort(message: string, cause: unknown): void {
  try {
    log.error(message, cause);
  } catch {
    process.stderr.write(`${message}: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}\n`);
  }
}
process.on('uncaughtException', (error) => lastResort('Leaddocs: uncaught exception', error));
process.on('unhandledRejection', (reason) => lastResort('Leaddocs: unhandled rejection', reason));
