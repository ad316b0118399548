/**
 * "Leaddocs: Open Preview" and "Open Preview to the Side": one preview that follows the active
 * Markdown editor and its edits, re-rendered by the server a moment after typing stops.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { FromWebview, RenderedMessage, ToWebview } from './messages';
import { requestPreview } from './previewContent';
import { openPreviewLink } from './previewLinks';
import { PreviewPanel } from './previewPanel';

export const OPEN_PREVIEW_COMMAND = 'leaddocs.openPreview';
export const OPEN_PREVIEW_TO_SIDE_COMMAND = 'leaddocs.openPreviewToSide';

/** Typing pauses shorter than this are not worth a render. */
const EDIT_DEBOUNCE_MS = 150;

/** What tests (through the extension's API) can see of the preview, so they wait instead of sleeping. */
export interface PreviewTestHook {
  lastPosted(): ToWebview | undefined;
  lastRendered(): RenderedMessage | undefined;
  readonly onDidRender: vscode.Event<RenderedMessage>;
  /** Resolves once the webview acknowledges render `renderId` or a later one. */
  whenRendered(renderId: number): Promise<RenderedMessage>;
  /** Handles a message as if the webview had sent it (a click on a checklist item, a link). */
  receive(message: FromWebview): Promise<void>;
}

export class PreviewController implements vscode.Disposable, PreviewTestHook {
  private panel: PreviewPanel | undefined;
  private source: vscode.Uri | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private latestRequest = 0;
  private readonly rendered = new vscode.EventEmitter<RenderedMessage>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.subscriptions = [
      this.rendered,
      vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, (resource?: unknown) => this.open(resource, false)),
      vscode.commands.registerCommand(OPEN_PREVIEW_TO_SIDE_COMMAND, (resource?: unknown) => this.open(resource, true)),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel !== undefined && editor?.document.languageId === 'markdown' && editor.document.uri.toString() !== this.source?.toString()) {
          this.follow(editor.document.uri);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.panel === undefined || event.document.uri.toString() !== this.source?.toString()) return;
        clearTimeout(this.debounce);
        this.debounce = setTimeout(() => void this.refresh(), EDIT_DEBOUNCE_MS);
      }),
    ];
  }

  lastPosted(): ToWebview | undefined {
    return this.panel?.lastPosted();
  }

  lastRendered(): RenderedMessage | undefined {
    return this.panel?.lastRendered();
  }

  whenRendered(renderId: number): Promise<RenderedMessage> {
    return new Promise((resolve) => {
      const done = (message: RenderedMessage | undefined): boolean => {
        if (message === undefined || message.renderId < renderId) return false;
        resolve(message);
        return true;
      };
      if (done(this.lastRendered())) return;
      const subscription = this.onDidRender((message) => done(message) && subscription.dispose());
    });
  }

  async receive(message: FromWebview): Promise<void> {
    await this.panel?.receive(message);
  }

  dispose(): void {
    clearTimeout(this.debounce);
    this.panel?.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private async open(resource: unknown, toSide: boolean): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const source = resource instanceof vscode.Uri ? resource : editor?.document.languageId === 'markdown' ? editor.document.uri : undefined;
    if (source === undefined) {
      void vscode.window.showErrorMessage('Open a Markdown document to preview it.');
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : (editor?.viewColumn ?? vscode.ViewColumn.Active);
    if (this.panel === undefined) {
      const panel = new PreviewPanel(this.extensionUri, column, toSide, {
        onReady: () => void this.refresh(),
        onMessage: (message) => this.handle(message),
      });
      panel.onDidRender((message) => this.rendered.fire(message));
      panel.onDidDispose(() => {
        if (this.panel === panel) this.panel = undefined;
        panel.dispose();
      });
      this.panel = panel;
    } else {
      this.panel.show(column, toSide);
    }
    this.follow(source);
  }

  private follow(source: vscode.Uri): void {
    this.source = source;
    this.panel?.setSource(source);
    void this.refresh();
  }

  /** Asks for the current text's preview; an answer overtaken by a newer request is dropped. */
  private async refresh(): Promise<void> {
    const { panel, source } = this;
    if (panel === undefined || source === undefined) return;
    const request = ++this.latestRequest;
    try {
      const document = await requestPreview(this.client, source.toString());
      if (request === this.latestRequest && this.panel === panel) await panel.render(document);
    } catch (error) {
      if (request === this.latestRequest && this.panel === panel) await panel.showUnavailable(`The preview is not available: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async handle(message: Exclude<FromWebview, { type: 'ready' | 'rendered' }>): Promise<void> {
    const source = this.source;
    if (source === undefined) return;
    if (message.type === 'openLink') return openPreviewLink(message.href, source);
    const { start, end } = message.range;
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    // Back to the editor the preview came from, not into the preview's own column.
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === source.toString());
    const editor = await vscode.window.showTextDocument(source, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
