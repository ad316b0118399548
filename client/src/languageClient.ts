/** Starts the bundled Leaddocs language server for markdown in files and untitled editors. */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { workspaceTrustedOption } from '../../server/src/protocol/leaddocsProtocol';

export const CLIENT_ID = 'leaddocs';
const CLIENT_NAME = 'Leaddocs';

export function createLeaddocsClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.LogOutputChannel,
  errorHandler: ErrorHandler,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'leaddocs' },
    outputChannel,
    // `leaddocs.trace.server` is read by the client library itself from this section.
    traceOutputChannel: outputChannel,
    errorHandler,
    initializationOptions: {
      // The server keeps its workspace catalogue there between sessions (a warm start reads it).
      cacheDir: (context.storageUri ?? context.globalStorageUri).fsPath,
      // In restricted mode the server reads no custom type or schema from the workspace.
      [workspaceTrustedOption]: vscode.workspace.isTrusted,
    },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
