/**
 * The Explorer view's data: `leaddocs/decisionLogView`, asked again on every
 * `leaddocs/decisionLogChanged`. At most one request is in flight; changes that arrive
 * meanwhile cause one more. While the view is hidden nothing is asked (a large workspace
 * changes often while it is indexed): it is asked when the view shows again.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import {
  decisionLogChangedNotification,
  decisionLogViewRequest,
  type DecisionLogView,
} from '../../../server/src/protocol/decisionLogProtocol';

export class DecisionLogModel implements vscode.Disposable {
  private readonly refreshed = new vscode.EventEmitter<DecisionLogView>();
  private readonly subscriptions: vscode.Disposable[];
  private latest: DecisionLogView | undefined;
  private inFlight: Promise<DecisionLogView | undefined> | undefined;
  private stale = true;
  private visible = false;
  /** Fires with each view the server sends. */
  readonly onDidRefresh = this.refreshed.event;

  constructor(private readonly client: BaseLanguageClient) {
    this.subscriptions = [
      // Registered before start(); the library keeps it across server restarts.
      client.onNotification(decisionLogChangedNotification, () => this.invalidate()),
      client.onDidChangeState(({ newState }) => {
        if (newState === State.Running) this.invalidate();
      }),
    ];
  }

  /** The last view the server sent, undefined before the first. */
  get current(): DecisionLogView | undefined {
    return this.latest;
  }

  /** Whether someone looks at the view: only then are changes fetched as they come. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible && this.stale) void this.refresh();
  }

  /** Asks the server now (or joins the request in flight, then asks once more). */
  async refresh(): Promise<DecisionLogView | undefined> {
    this.stale = true;
    while (this.inFlight !== undefined) await this.inFlight;
    if (!this.stale) return this.latest;
    this.stale = false;
    this.inFlight = this.request().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.refreshed.dispose();
  }

  private invalidate(): void {
    this.stale = true;
    if (this.visible) void this.refresh();
  }

  private async request(): Promise<DecisionLogView | undefined> {
    if (!this.client.isRunning()) {
      // Asked again when the server is running (the state change above).
      this.stale = true;
      return this.latest;
    }
    try {
      this.latest = await this.client.sendRequest<DecisionLogView>(decisionLogViewRequest);
      this.refreshed.fire(this.latest);
    } catch {
      // The server went away mid-request; its restart invalidates the view again.
      this.stale = true;
    }
    return this.latest;
  }
}
