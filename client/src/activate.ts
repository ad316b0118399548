/** Everything Leaddocs wires in VS Code, whether its server runs as a Node process or in a browser worker. */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type ErrorHandler } from 'vscode-languageclient';
import { createApi, type LeaddocsApi } from './api';
import { registerAuthoring } from './authoring';
import { CrashRecovery } from './crashRecovery';
import { registerDecisionLog } from './decisionLog/registerDecisionLog';
import { DocumentInfoFeed } from './documentInfo';
import { trackActiveDocumentType } from './activeDocumentContext';
import { DocumentStatus } from './documentStatus';
import { registerExportAndPreview } from './exportAndPreview';
import { registerRestartCommand } from './restartCommand';
import { workspaceTrustedNotification } from '../../server/src/protocol/leaddocsProtocol';

/** What differs between the desktop and the web: how the server is started and reached. */
export interface ServerLauncher {
  createClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel, errorHandler: ErrorHandler): BaseLanguageClient;
  /** Client-side services the server needs on this platform (the browser worker reads files through the client). */
  serveServer?(client: BaseLanguageClient): vscode.Disposable;
  serverPid(client: BaseLanguageClient): number | undefined;
}

// deactivate() must await the server's shutdown, and VS Code gives it no context.
let activeClient: BaseLanguageClient | undefined;

export async function activateLeaddocs(context: vscode.ExtensionContext, launcher: ServerLauncher): Promise<LeaddocsApi> {
  const outputChannel = vscode.window.createOutputChannel('Leaddocs', { log: true });
  const recovery = new CrashRecovery(outputChannel);
  const client = launcher.createClient(context, outputChannel, recovery);
  const feed = new DocumentInfoFeed(client);
  const status = new DocumentStatus(client, feed);
  activeClient = client;
  const preview = registerExportAndPreview(context, client);
  const decisionLog = registerDecisionLog(client);

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
    registerAuthoring(client),
    // The server started with the trust of that moment; once the user trusts the workspace its
    // custom types apply without a restart.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(workspaceTrustedNotification)),
    decisionLog.disposable,
  );
  if (launcher.serveServer !== undefined) context.subscriptions.push(launcher.serveServer(client));

  try {
    await client.start();
  } catch (error) {
    status.showStopped();
    outputChannel.error('Leaddocs server failed to start', error);
    void vscode.window.showErrorMessage('The Leaddocs server failed to start. See the "Leaddocs" output for details.');
  }
  return createApi({ client, feed, status, onDidCrash: recovery.onDidCrash, preview, serverPid: () => launcher.serverPid(client), decisionLog: decisionLog.testHook });
}

export async function deactivateLeaddocs(): Promise<void> {
  const client = activeClient;
  activeClient = undefined;
  await client?.stop();
}
