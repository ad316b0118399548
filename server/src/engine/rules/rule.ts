import type { ChecklistResult } from '../checklist/evaluateChecklist';
import type { FieldValue } from '../derive/fields';
import type { NormalizedStatus } from '../derive/status';
import type { DocTypeSpec, SectionSpec, VariantSpec } from '../doctypes/docTypeSpec';
import type { FrontMatterValidator } from '../doctypes/frontMatterValidator';
import type { Fix, Severity } from '../findings';
import type { Section } from '../model/blocks';
import type { DocumentTitle } from '../model/documentTitle';
import type { LeadDocument } from '../model/leadDocument';
import type { Range } from '../text/positions';

/** What a rule declares about itself; the README's rules table is generated from this. */
export interface RuleMeta {
  /** Stable id, used as the diagnostic code and in settings. Never rename a released id. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  /** False for rules a team turns on in settings (numbering gaps); on when absent. */
  readonly enabledByDefault?: boolean;
}

/** A document of a known type, with everything derived from it that rules share. */
export interface TypedDocument {
  readonly document: LeadDocument;
  readonly spec: DocTypeSpec;
  readonly variant: VariantSpec;
  readonly title: DocumentTitle | null;
  readonly status: NormalizedStatus | null;
  readonly fields: Readonly<Record<string, FieldValue>>;
  /** Spec section id → the document's section, for those present. */
  readonly sectionsById: ReadonlyMap<string, Section>;
  readonly checklist: readonly ChecklistResult[];
  /** Ajv validator for the type's front matter schema, when it has one. */
  readonly validateFrontMatter: FrontMatterValidator | undefined;
}

export interface FindingReport {
  readonly message: string;
  readonly range: Range;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly fixes?: readonly Fix[];
}

export interface RuleContext {
  readonly typed: TypedDocument;
  report(finding: FindingReport): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

export type { SectionSpec };
