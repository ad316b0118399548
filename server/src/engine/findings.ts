import type { Range, TextEdit } from './text/positions';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A configured severity; 'off' silences a rule. */
export type SeveritySetting = Severity | 'off';

/** An edit the user can apply: to the finding's own document, and for cross-document fixes, to others. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /**
   * Edits to other documents (a back-link in the decision this one supersedes), made against
   * the text the workspace catalogue was built from. A fix with these is never safe: fix-all
   * works on one document.
   */
  readonly otherDocuments?: readonly DocumentEdits[];
  /** Safe fixes are applied by "fix all"; unsafe ones are offered only one at a time. */
  readonly safe: boolean;
  readonly preferred?: boolean;
}

export interface DocumentEdits {
  readonly uri: string;
  readonly edits: readonly TextEdit[];
}

/**
 * One problem in one document. `code` is the rule id and never changes once released;
 * `data` carries what a code action needs so that nothing re-parses the document.
 */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly fixes?: readonly Fix[];
}
