import type { FieldValue } from '../derive/fields';
import type { NormalizedStatus } from '../derive/status';
import type { Section } from '../model/blocks';
import type { LeadDocument } from '../model/leadDocument';
import type { PatternEngine } from '../doctypes/checklistPatterns';

/** What a checklist predicate may look at. */
export interface CheckContext {
  readonly document: LeadDocument;
  readonly sectionsById: ReadonlyMap<string, Section>;
  readonly fields: Readonly<Record<string, FieldValue>>;
  readonly status: NormalizedStatus | null;
  /** The engine the type's patterns run on: RE2 unless the type ships with Leaddocs. */
  readonly patternEngine: PatternEngine;
}
