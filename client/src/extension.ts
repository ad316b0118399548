/** Leaddocs' desktop entry point: the server runs as a Node process (dist/server.js). */
import type * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { activateLeaddocs, deactivateLeaddocs } from './activate';
import type { LeaddocsApi } from './api';
import { createLeaddocsClient } from './languageClient';

export function activate(context: vscode.ExtensionContext): Promise<LeaddocsApi> {
  return activateLeaddocs(context, {
    createClient: createLeaddocsClient,
    serverPid: (client) => (client instanceof LanguageClient ? client.serverProcess?.pid : undefined),
  });
}

export function deactivate(): Promise<void> {
  return deactivateLeaddocs();
}
