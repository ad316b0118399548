/** The one global VS Code gives a webview script; typed for the preview's own messages. */
import type { FromWebview, PreviewWebviewState } from '../client/src/preview/messages';

export interface PreviewHost {
  postMessage(message: FromWebview): void;
  getState(): PreviewWebviewState | undefined;
  setState(state: PreviewWebviewState): void;
}

declare function acquireVsCodeApi(): PreviewHost;

/** May be called once per page load, so the page asks here and nowhere else. */
export const host: PreviewHost = acquireVsCodeApi();
