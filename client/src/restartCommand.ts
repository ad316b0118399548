/** "Leaddocs: Restart Server": answers even when the server is down, which is when it is needed. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CrashRecovery } from './crashRecovery';
import type { DocumentStatus } from './documentStatus';

export const RESTART_COMMAND = 'leaddocs.restartServer';

export function registerRestartCommand(client: LanguageClient, status: DocumentStatus, recovery: CrashRecovery): vscode.Disposable {
  return vscode.commands.registerCommand(RESTART_COMMAND, async () => {
    status.showWaiting('Leaddocs restarting');
    recovery.forgetCrashes();
    try {
      // restart() only works on a running client; a stopped one just starts again.
      if (client.isRunning()) await client.restart();
      else await client.start();
    } catch (error) {
      status.showStopped();
      void vscode.window.showErrorMessage(`Leaddocs server could not restart: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
