/**
 * The Leaddocs language server in a browser Web Worker (VS Code for the Web). Messages come
 * through the worker's port; files through the client, which has the editor's file system.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { InProcessRunner } from '../analysis/inProcessRunner';
import { noCatalogCache } from '../host/catalogCache';
import { clientWorkspaceFiles } from './clientWorkspaceFiles';
import { registerExportUnavailable } from './exportUnavailable';
import { startServer } from './startServer';

// A worker's global scope; the server's tsconfig knows Node's globals, not the DOM's.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
const log = startServer(connection, {
  files: clientWorkspaceFiles(connection),
  // A worker cannot start worker threads of its own here: engine work runs in the worker itself.
  createRunner: () => new InProcessRunner(),
  // No disk to keep the workspace catalogue on: each session indexes afresh.
  catalogCache: () => noCatalogCache,
  registerExport: registerExportUnavailable,
});

// Last resort, as in the Node entry: a bug in one handler must not end the worker.
const scope = self as unknown as { addEventListener(type: string, listener: (event: { error?: unknown; reason?: unknown }) => void): void };
scope.addEventListener('error', (event) => log.error('Leaddocs: uncaught exception', event.error));
scope.addEventListener('unhandledrejection', (event) => log.error('Leaddocs: unhandled rejection', event.reason));
