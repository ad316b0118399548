import type { ChecklistResult } from './checklist/evaluateChecklist';
import type { FieldValue } from './derive/fields';
import type { NormalizedStatus } from './derive/status';
import type { DetectedBy, DetectionExplanation } from './doctypes/detectDocType';
import type { Finding } from './findings';
import type { DocumentTitle } from './model/documentTitle';
import type { CatalogEntry } from './workspace/catalogEntry';
import type { LeadDocument } from './model/leadDocument';

/** What the engine knows about one document: the single result the server, CLI and preview share. */
export interface DocumentAnalysis {
  readonly uri: string;
  /** Detected type id, or null for markdown that is not a leadership document (it gets no findings). */
  readonly type: string | null;
  readonly typeLabel: string | null;
  /** How the type was decided: useful in hovers and when a user wonders why a file is checked. */
  readonly detectedBy: DetectedBy | null;
  /** The detection in detail (what decided it, the score and the signals found); null when untyped. */
  readonly detection: DetectionExplanation | null;
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
  /** What the workspace catalogue keeps of this document; null when it is not typed. */
  readonly catalogEntry: CatalogEntry | null;
}
