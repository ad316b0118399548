/**
 * The preview's typed messages, both ways. Shared by the extension side (client/src/preview/)
 * and the webview script (preview-src/), which imports nothing else: the shapes are spelled
 * out here rather than imported from the protocol, so the webview bundle stays DOM-only.
 */

export interface PreviewPosition {
  readonly line: number;
  readonly character: number;
}

export interface PreviewRange {
  readonly start: PreviewPosition;
  readonly end: PreviewPosition;
}

export interface PreviewChecklistEntry {
  readonly label: string;
  readonly passed: boolean;
  readonly range: PreviewRange;
}

export interface PreviewFindingEntry {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly message: string;
  readonly range: PreviewRange;
}

/** Everything one render shows. */
export interface PreviewDocument {
  readonly uri: string;
  /** The editor's document version rendered; null when read from disk. */
  readonly documentVersion: number | null;
  readonly title: string;
  readonly typeLabel: string | null;
  /** Server-rendered body HTML (markdown-it, `html: false`): raw HTML arrives as text. */
  readonly html: string;
  readonly header: readonly { readonly label: string; readonly value: string }[];
  readonly confidentialSections: number;
  readonly score: number | null;
  readonly passMark: number;
  readonly passed: boolean | null;
  /** Applicable items only. */
  readonly checklist: readonly PreviewChecklistEntry[];
  readonly findings: readonly PreviewFindingEntry[];
}

export type ToWebview =
  /** `renderId` counts the panel's renders, so an acknowledgement names the one it saw. */
  | { readonly type: 'render'; readonly renderId: number; readonly document: PreviewDocument }
  | { readonly type: 'unavailable'; readonly renderId: number; readonly message: string };

/** What the webview saw after a render: tests read it instead of sleeping. */
export interface RenderReport {
  readonly headings: readonly string[];
  /** The rendered body's text, cut at a few thousand characters. */
  readonly text: string;
  /** Scripts, frames, event-handler attributes and `javascript:` links where the document is shown. */
  readonly activeContent: number;
  readonly checklistItems: number;
  readonly findings: number;
  readonly scrollY: number;
}

export type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'rendered'; readonly renderId: number; readonly uri: string | null; readonly documentVersion: number | null; readonly report: RenderReport }
  | { readonly type: 'reveal'; readonly range: PreviewRange }
  | { readonly type: 'openLink'; readonly href: string };

export type RenderedMessage = Extract<FromWebview, { type: 'rendered' }>;

/** The webview's saved state (vscode.setState), kept while the panel is hidden or reloaded. */
export interface PreviewWebviewState {
  readonly scrollY: number;
  readonly uri: string | null;
}
