import type { Finding } from './findings';
import type { LeadDocument } from './model/leadDocument';
import type { Range } from './text/positions';

/** What the engine knows about one document: the single result the server, CLI and preview share. */
export interface DocumentAnalysis {
  readonly uri: string;
  /** Detected type id, or null for markdown that is not a leadership document (it gets no findings). */
  readonly type: string | null;
  readonly typeLabel: string | null;
  /** How the type was decided: useful in hovers and when a user wonders why a file is checked. */
  readonly detectedBy: 'front-matter' | 'path' | 'content' | null;
  readonly variant: string | null;
  readonly title: DocumentTitle | null;
  readonly status: NormalizedStatus | null;
  readonly fields: Readonly<Record<string, FieldValue>>;
  readonly checklist: readonly ChecklistResult[];
  /** Completeness 0–100 from the applicable checklist items; null when there is no type. */
  readonly score: number | null;
  readonly passMark: number;
  readonly passed: boolean | null;
  readonly findings: readonly Finding[];
  readonly document: LeadDocument;
}

export interface DocumentTitle {
  readonly text: string;
  /** A number written in the title (`# 12. Use X`, `# ADR-0012: Use X`). */
  readonly number: number | null;
  readonly range: Range;
}

export interface NormalizedStatus {
  /** As written, markup removed. */
  readonly raw: string;
  /** Canonical value (`accepted`, `superseded`, …) or null when the word is not known. */
  readonly value: string | null;
  /** The id or link a status names: `Superseded by ADR-0057` → `ADR-0057`. */
  readonly target: string | null;
  readonly range: Range;
}

export interface FieldValue {
  /** Canonical field name from the type's spec. */
  readonly name: string;
  /** The name as written (`deciders`, `Decision-makers`). */
  readonly writtenAs: string;
  readonly value: unknown;
  /** The value as one line of text, for display and pattern checks. */
  readonly text: string;
  readonly source: 'front-matter' | 'inline' | 'section';
  readonly range: Range;
  readonly keyRange: Range;
}

export interface ChecklistResult {
  readonly id: string;
  readonly label: string;
  readonly passed: boolean;
  /** False when the item does not apply (another variant, or its `when` does not hold). */
  readonly applicable: boolean;
  readonly range: Range;
}
