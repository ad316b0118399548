/**
 * The `leaddocs/export` request: the server renders an open (or on-disk) document in another
 * format, so the editor never loads a renderer. Pure types and names, like leaddocsProtocol.ts.
 */

export const exportRequest = 'leaddocs/export';

export type ExportFormatId = 'html' | 'pdf' | 'pptx' | 'docx' | 'md';

export interface ExportParams {
  readonly uri: string;
  readonly format: ExportFormatId;
  /** "Export Brief" passes 'brief': any other type is refused. */
  readonly requireType?: 'brief';
  /**
   * Only decide (refusal, concerns, file name) and render nothing, so the editor can ask its
   * questions before paying for a PDF or a deck.
   */
  readonly checkOnly?: boolean;
}

export interface ExportResponse {
  /** The file's content, base64; empty when refused or `checkOnly`. */
  readonly base64: string;
  /** Without the dot. */
  readonly extension: string;
  /** File name the export would take next to its source (`brief.pdf`, `brief.export.md`). */
  readonly fileName: string;
  readonly omittedSections: number;
  readonly warnings: readonly string[];
  /** Why this document may not be exported by this command; nothing is rendered then. */
  readonly refusal?: string;
  /** Reasons to ask before exporting: error-level findings, a score below the pass mark. */
  readonly concerns: readonly string[];
}
