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
import { IdleCoreSampler } from '../host/nodeIdleCoreSampler';
import { WORKER_NURSERY_MB, workersForIdleCores } from '../host/nodeWorkerSizing';
import { registerExportRequest } from './exportRequest';
import { startServer } from './startServer';

const connection = createConnection(ProposedFeatures.all);
// Idle cores are measured from launch to the first scan, then from each question to the next.
let cores = new IdleCoreSampler();
exitWhenIpcChannelCloses(connection);
const log = startServer(connection, {
  files: nodeWorkspaceFiles,
  // Each analysis runs in a worker thread with a time budget, so no document can stall another.
  createRunner: (serverLog) =>
    new WorkerRunner({
      startWorker: (inputs) => new Worker(join(__dirname, 'analysisWorker.js'), { workerData: inputs, resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: WORKER_NURSERY_MB } }),
      log: serverLog,
      // A second worker only on a machine with cores to spare: elsewhere it adds its start-up, its JIT warm-up and its memory.
      backgroundWorkers: () => {
        const idle = cores.idleCores();
        cores = new IdleCoreSampler();
        return workersForIdleCores(idle);
      },
    }),
  catalogCache: (initializationOptions, folders) => catalogCacheFor(process.argv, initializationOptions, folders),
  registerExport: registerExportRequest,
  addedDates: gitAddedDates,
});

/**
 * vscode-languageserver ends the process when stdin or a socket closes and when the client
 * process named in \`initialize\` dies, but not when a node-ipc channel closes, which is the
 * transport VS Code's client uses: a client that drops the channel while its process lives on
 * (a restart that timed out) would leave this server running, index and workers and all. The
 * exit code is the library's for a closed stream: 0 after \`shutdown\`, else 1.
 */
function exitWhenIpcChannelCloses(server: typeof connection): void {
  if (process.send === undefined) return;
  let shutdownRequested = false;
  // startServer registers the one shutdown handler; note the request on its way through.
  const onShutdown = server.onShutdown.bind(server);
  server.onShutdown = (handler) =>
    onShutdown((token) => {
      shutdownRequested = true;
      return handler(token);
    });
  process.once('disconnect', () => process.exit(shutdownRequested ? 0 : 1));
}

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
