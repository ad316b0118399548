/** Starts the bundled Leaddocs language server as a Node process, for markdown in files and untitled editors. */
import type * as vscode from 'vscode';
import type { ErrorHandler } from 'vscode-languageclient';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { serverNodeFlags } from '../../server/src/protocol/serverProcess';
import { CLIENT_ID, CLIENT_NAME, leaddocsClientOptions } from './languageClientOptions';

export function createLeaddocsClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel, errorHandler: ErrorHandler): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...serverNodeFlags] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...serverNodeFlags, '--nolazy', '--inspect=6009'] } },
  };
  const options = leaddocsClientOptions(outputChannel, errorHandler, ['file', 'untitled']);
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, {
    ...options,
    initializationOptions: {
      ...(options.initializationOptions as object),
      // The server keeps its workspace catalogue there between sessions (a warm start reads it).
      cacheDir: (context.storageUri ?? context.globalStorageUri).fsPath,
    },
  });
}
