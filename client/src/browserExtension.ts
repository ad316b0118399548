/**
 * Leaddocs' entry point in VS Code for the Web (vscode.dev, github.dev): the server runs in a
 * Web Worker (dist/browser/server.js) and reads workspace files through this client.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateLeaddocs, deactivateLeaddocs } from './activate';
import type { LeaddocsApi } from './api';
import { CLIENT_ID, CLIENT_NAME, leaddocsClientOptions } from './languageClientOptions';
import { serveWorkspaceFiles } from './workspaceFilesService';

// The web extension host is itself a worker and may start workers; Node's types do not say so.
declare const Worker: new (url: string) => unknown;

export function activate(context: vscode.ExtensionContext): Promise<LeaddocsApi> {
  return activateLeaddocs(context, {
    createClient: (extension, outputChannel, errorHandler) => {
      const worker = new Worker(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'browser', 'server.js').toString(true));
      return new LanguageClient(CLIENT_ID, CLIENT_NAME, worker as ConstructorParameters<typeof LanguageClient>[2], leaddocsClientOptions(outputChannel, errorHandler));
    },
    serveServer: serveWorkspaceFiles,
    serverPid: () => undefined,
  });
}

export function deactivate(): Promise<void> {
  return deactivateLeaddocs();
}
