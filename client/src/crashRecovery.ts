/**
 * What happens when the server process dies: it is restarted (unless it keeps dying)
 * and the author is told, never silently.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient';

const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

export interface ServerCrash {
  readonly restarting: boolean;
}

export class CrashRecovery implements ErrorHandler {
  private readonly crashTimes: number[] = [];
  private readonly crashed = new vscode.EventEmitter<ServerCrash>();
  /** Fires when the connection to the server closed without being asked to. */
  readonly onDidCrash = this.crashed.event;

  constructor(private readonly outputChannel: vscode.LogOutputChannel) {}

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // Writes to a server that just died fail in bursts ("write EPIPE"). Shutting down here
    // would stop the client without `closed()` ever running, so no restart and no notice;
    // the process exit reaches `closed()`, which decides.
    this.outputChannel.warn(`Leaddocs server connection error${count === undefined ? '' : ` (${count})`}: ${error.message}`);
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashTimes.push(now);
    while (this.crashTimes.length > 0 && now - (this.crashTimes[0] ?? now) > RESTART_WINDOW_MS) this.crashTimes.shift();
    const restarting = this.crashTimes.length <= MAX_RESTARTS;
    this.crashed.fire({ restarting });
    const message = restarting
      ? 'The Leaddocs server stopped unexpectedly and is being restarted.'
      : `The Leaddocs server stopped ${this.crashTimes.length} times in 3 minutes and will not be restarted. Use "Leaddocs: Restart Server" to try again.`;
    this.notify(message, restarting);
    return { action: restarting ? CloseAction.Restart : CloseAction.DoNotRestart, message, handled: true };
  }

  /** An author's explicit restart starts the count again. */
  forgetCrashes(): void {
    this.crashTimes.length = 0;
  }

  dispose(): void {
    this.crashed.dispose();
  }

  private notify(message: string, restarting: boolean): void {
    const show = restarting ? vscode.window.showWarningMessage : vscode.window.showErrorMessage;
    void show(message, 'Show Output').then((choice) => {
      if (choice === 'Show Output') this.outputChannel.show(true);
    });
  }
}
