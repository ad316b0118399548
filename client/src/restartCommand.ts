/** "Leaddocs: Restart Server": answers even when the server is down, which is when it is needed. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { CrashRecovery } from './crashRecovery';
import type { DocumentStatus } from './documentStatus';

export const RESTART_COMMAND = 'leaddocs.restartServer';

export function registerRestartCommand(client: BaseLanguageClient, status: DocumentStatus, recovery: CrashRecovery): vscode.Disposable {
  return vscode.commands.registerCommand(RESTART_COMMAND, async () => {
    status.showWaiting('Leaddocs restarting');
    recovery.forgetCrashes();
    try {
      // What the Node client's restart() does; a stopped client just starts again. A browser
      // worker client is restarted the same way, terminating its worker.
      if (client.isRunning()) await client.stop();
      await client.start();
    } catch (error) {
      status.showStopped();
      void vscode.window.showErrorMessage(`Leaddocs server could not restart: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
