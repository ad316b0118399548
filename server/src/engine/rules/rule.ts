import type { FieldValue, NormalizedStatus, DocumentTitle, ChecklistResult } from '../analysis';
import type { DocTypeSpec, SectionSpec, VariantSpec } from '../doctypes/docTypeSpec';
import type { Fix, Severity } from '../findings';
import type { Section } from '../model/blocks';
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

export interface FrontMatterValidator {
  (data: unknown): readonly SchemaProblem[];
}

export interface SchemaProblem {
  /** JSON pointer of the offending value (`/status`, `/goals/0/metric`). */
  readonly path: string;
  /** Top-level key the problem belongs to, when there is one. */
  readonly key: string | undefined;
  readonly message: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** The schema of the key a problem is about (its `default`, `enum`, `type`), when known. */
  readonly propertySchema?: Readonly<Record<string, unknown>> | undefined;
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
