/**
 * The `leaddocs/preview` request: what the preview panel shows for one document, rendered by
 * the server so the panel shares the export's markdown rules (raw HTML shown as text).
 */
import type { Range } from 'vscode-languageserver-protocol';
import type { DocumentInfo } from './leaddocsProtocol';

export const previewRequest = 'leaddocs/preview';

export interface PreviewParams {
  readonly uri: string;
}

export interface PreviewHeaderField {
  readonly label: string;
  readonly value: string;
}

export interface PreviewFinding {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly message: string;
  readonly range: Range;
}

export interface PreviewContent {
  readonly uri: string;
  /** Version of the open document rendered; null when it was read from disk. */
  readonly version: number | null;
  readonly title: string;
  /** The document body as HTML: markdown-it with `html: false`, unsafe links left as text. */
  readonly html: string;
  /** Front matter as a header card, in display order: type, status, date, people. */
  readonly header: readonly PreviewHeaderField[];
  /** Sections marked confidential; shown, since the author may read them, but counted. */
  readonly confidentialSections: number;
  readonly info: DocumentInfo;
  readonly findings: readonly PreviewFinding[];
}
