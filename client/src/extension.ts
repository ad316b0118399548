/** Leaddocs' VS Code entry point: wires the language client, its status item and commands. */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { createApi, type LeaddocsApi } from './api';
import { registerAuthoring } from './authoring';
import { CrashRecovery } from './crashRecovery';
import { DocumentInfoFeed } from './documentInfo';
import { trackActiveDocumentType } from './activeDocumentContext';
import { DocumentStatus } from './documentStatus';
import { registerExportAndPreview } from './exportAndPreview';
import { createLeaddocsClient } from './languageClient';
import { workspaceTrustedNotification } from '../../server/src/protocol/leaddocsProtocol';
import { registerRestartCommand } from './restartCommand';

// deactivate() must await the server's shutdown, and VS Code gives it no context.
let activeClient: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LeaddocsApi> {
  const outputChannel = vscode.window.createOutputChannel('Leaddocs', { log: true });
  const recovery = new CrashRecovery(outputChannel);
  const client = createLeaddocsClient(context, outputChannel, recovery);
  const feed = new DocumentInfoFeed(client);
  const status = new DocumentStatus(client, feed);
  activeClient = client;
  const preview = registerExportAndPreview(context, client);

  context.subscriptions.push(
    outputChannel,
    recovery,
    feed,
    status,
    recovery.onDidCrash((crash) => (crash.restarting ? status.showWaiting('Leaddocs restarting') : status.showStopped())),
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Running) void status.refresh();
    }),
    registerRestartCommand(client, status, recovery),
    trackActiveDocumentType(status),
    registerAuthoring(client, context.extensionUri),
    // The server started with the trust of that moment; once the user trusts the workspace its
    // custom types apply without a restart.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(workspaceTrustedNotification)),
  );

  try {
    await client.start();
  } catch (error) {
    status.showStopped();
    outputChannel.error('Leaddocs server failed to start', error);
    void vscode.window.showErrorMessage('The Leaddocs server failed to start. See the "Leaddocs" output for details.');
  }
  return createApi({ client, feed, status, onDidCrash: recovery.onDidCrash, preview });
}

export async function deactivate(): Promise<void> {
  const client = activeClient;
  activeClient = undefined;
  await client?.stop();
}
