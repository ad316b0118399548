import type { FieldValue } from '../derive/fields';
import type { NormalizedStatus } from '../derive/status';
import type { Section } from '../model/blocks';
import type { LeadDocument } from '../model/leadDocument';

/** What a checklist predicate may look at. */
export interface CheckContext {
  readonly document: LeadDocument;
  readonly sectionsById: ReadonlyMap<string, Section>;
  readonly fields: Readonly<Record<string, FieldValue>>;
  readonly status: NormalizedStatus | null;
}
