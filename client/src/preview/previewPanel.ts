/** One preview webview: its options, its messages both ways, and what it last showed. */
import * as vscode from 'vscode';
import type { FromWebview, PreviewDocument, RenderedMessage, ToWebview } from './messages';
import { previewShellHtml } from './previewHtml';

export const PREVIEW_VIEW_TYPE = 'leaddocs.preview';

export interface PreviewPanelHandlers {
  /** The webview's script is up (first load, or reloaded after being hidden): send it the document. */
  readonly onReady: () => void;
  readonly onMessage: (message: Exclude<FromWebview, { type: 'ready' | 'rendered' }>) => Promise<void>;
}

export class PreviewPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly rendered = new vscode.EventEmitter<RenderedMessage>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private renderCount = 0;
  private posted: ToWebview | undefined;
  private acknowledged: RenderedMessage | undefined;
  private folder: string | undefined;
  readonly onDidRender = this.rendered.event;
  readonly onDidDispose: vscode.Event<void>;

  constructor(
    private readonly extensionUri: vscode.Uri,
    column: vscode.ViewColumn,
    preserveFocus: boolean,
    private readonly handlers: PreviewPanelHandlers,
  ) {
    this.panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Leaddocs Preview', { viewColumn: column, preserveFocus }, this.webviewOptions(undefined));
    this.onDidDispose = this.panel.onDidDispose;
    this.subscriptions.push(
      this.rendered,
      this.panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
    );
    this.panel.webview.html = previewShellHtml(this.panel.webview, extensionUri);
  }

  get visible(): boolean {
    return this.panel.visible;
  }

  lastPosted(): ToWebview | undefined {
    return this.posted;
  }

  lastRendered(): RenderedMessage | undefined {
    return this.acknowledged;
  }

  /** Scripts may read only the extension's own media and dist, and the document's workspace folder. */
  setSource(source: vscode.Uri): void {
    this.panel.title = `Preview ${source.path.split('/').pop() ?? ''}`;
    const folder = vscode.workspace.getWorkspaceFolder(source)?.uri.toString();
    // New options may reload the page, so they change only when the folder does.
    if (folder === this.folder) return;
    this.folder = folder;
    this.panel.webview.options = this.webviewOptions(source);
  }

  show(column: vscode.ViewColumn, preserveFocus: boolean): void {
    this.panel.reveal(column, preserveFocus);
  }

  render(document: PreviewDocument): Promise<boolean> {
    return this.post({ type: 'render', renderId: ++this.renderCount, document });
  }

  showUnavailable(message: string): Promise<boolean> {
    return this.post({ type: 'unavailable', renderId: ++this.renderCount, message });
  }

  /** Handles a message as if the webview had sent it. */
  async receive(message: FromWebview): Promise<void> {
    if (message.type === 'ready') this.handlers.onReady();
    else if (message.type === 'rendered') {
      this.acknowledged = message;
      this.rendered.fire(message);
    } else await this.handlers.onMessage(message);
  }

  dispose(): void {
    this.panel.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private post(message: ToWebview): Promise<boolean> {
    this.posted = message;
    return Promise.resolve(this.panel.webview.postMessage(message));
  }

  private webviewOptions(source: vscode.Uri | undefined): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    const folder = source !== undefined ? vscode.workspace.getWorkspaceFolder(source) : undefined;
    return {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist'), ...(folder !== undefined ? [folder.uri] : [])],
    };
  }
}
