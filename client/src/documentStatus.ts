/**
 * The language status item for markdown: detected document type and completeness score.
 * It follows the active editor and the server's `documentInfoChanged` notifications, so it never polls.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { requestDocumentInfo, type DocumentInfo, type DocumentInfoFeed } from './documentInfo';
import { RESTART_COMMAND } from './restartCommand';
import { describeDocument } from './statusText';

export class DocumentStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('leaddocs.documentInfo', { language: 'markdown' });
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly shown = new vscode.EventEmitter<DocumentInfo>();
  /** Fires after the item shows a document's info (tests wait on it). */
  readonly onDidShow = this.shown.event;

  constructor(
    private readonly client: BaseLanguageClient,
    feed: DocumentInfoFeed,
  ) {
    this.item.name = 'Leaddocs';
    this.item.command = { title: 'Restart Server', command: RESTART_COMMAND };
    this.showWaiting('Leaddocs starting');
    this.subscriptions.push(
      feed.onDidChange((info) => this.showIfActive(info)),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
    );
  }

  get text(): string {
    return this.item.text;
  }

  get detail(): string | undefined {
    return this.item.detail;
  }

  /** Asks the server about the active markdown editor's document. */
  async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== 'markdown' || !this.client.isRunning()) return;
    try {
      this.showIfActive(await requestDocumentInfo(this.client, document.uri));
    } catch {
      // The server went away mid-request; its restart brings a fresh notification.
    }
  }

  showWaiting(text: string): void {
    this.item.text = text;
    this.item.detail = undefined;
    this.item.busy = true;
    this.item.severity = vscode.LanguageStatusSeverity.Information;
  }

  showStopped(): void {
    this.item.text = 'Leaddocs server stopped';
    this.item.detail = 'Click to restart';
    this.item.busy = false;
    this.item.severity = vscode.LanguageStatusSeverity.Error;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.shown.dispose();
    this.item.dispose();
  }

  private showIfActive(info: DocumentInfo): void {
    if (info.uri !== vscode.window.activeTextEditor?.document.uri.toString()) return;
    const status = describeDocument(info);
    this.item.text = status.text;
    this.item.detail = status.detail;
    this.item.busy = false;
    this.item.severity = status.warn ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.shown.fire(info);
  }
}
