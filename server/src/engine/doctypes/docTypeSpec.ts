/**
 * The shape of a `*.doctype.json` file. A document type is data: a team adds its own type
 * by writing one of these plus a JSON Schema for its front matter, with no code.
 * `schemas/doctype.schema.json` validates these files; keep the two in step.
 */
export interface DocTypeSpec {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  /** File name of the front matter's JSON Schema, relative to the spec file (built-ins: `schemas/`). */
  readonly frontMatterSchema?: string;
  readonly detect?: DetectionSpec;
  /** Fields read from front matter or from inline metadata (`* Status: x`, `Date: x`, table rows). */
  readonly fields?: Readonly<Record<string, FieldSpec>>;
  readonly status?: StatusSpec;
  /** A single section layout, or several (`variants`) of which the closest to the document is used. */
  readonly sections?: readonly SectionSpec[];
  readonly variants?: readonly VariantSpec[];
  readonly checklist: readonly ChecklistItemSpec[];
}

export interface DetectionSpec {
  /** Default workspace-relative globs; a match types the file outright. Settings may replace them. */
  readonly paths?: readonly string[];
  /** Files matching these globs are never this type by path or content (indexes, templates). */
  readonly exclude?: readonly string[];
  /** Content signatures; any one matching counts as much as the threshold. */
  readonly content?: readonly ContentSignature[];
  /** Weighted evidence; a document whose signals add up to `threshold` or more is this type. */
  readonly signals?: readonly SignalSpec[];
  /** Score at which the signals type a document; 5 unless given. */
  readonly threshold?: number;
}

/**
 * One piece of evidence, and what it is worth. Exactly one of the matching keys is given; a
 * negative weight is evidence against (an RFC's "Motivation" heading in an ADR folder).
 * Names and headings are compared case-insensitively in `headingKey` form.
 */
export interface SignalSpec {
  readonly weight: number;
  /** Any folder of the path within the repository has one of these names. */
  readonly folder?: readonly string[];
  /** The file name (without `.md`; a one-document folder's name for its `index.md`) matches this regex. */
  readonly fileName?: string;
  /** The document's title (first level-1 heading, else front matter `title`) matches this regex. */
  readonly title?: string;
  /** All of these fields (by name or alias) are front matter keys. */
  readonly frontMatter?: readonly string[];
  /** All of these fields (by name or alias) are written as metadata lines under the title. */
  readonly inlineFields?: readonly string[];
  /** A heading below the title reads as one of these (synonyms of one section). */
  readonly headings?: readonly string[];
}

export interface ContentSignature {
  /** Every one of these section ids must be present as a heading (matched by title or alias). */
  readonly allSections?: readonly string[];
  /** Inline (non front matter) metadata fields that must be present, such as log4brains' `- Status:`. */
  readonly inlineFields?: readonly string[];
  /** At least one of these section ids must be present. */
  readonly anySections?: readonly string[];
}

export interface FieldSpec {
  readonly label?: string;
  /** Other names the same field goes by, in front matter or inline metadata. */
  readonly aliases?: readonly string[];
  readonly kind?: 'text' | 'date' | 'people' | 'reference';
}

export interface StatusSpec {
  /** The field that holds the status; a section of the same id is read when the field is absent. */
  readonly field: string;
  readonly section?: string;
  /** Canonical value → the words that mean it in the wild (lower case). */
  readonly values: Readonly<Record<string, readonly string[]>>;
}

export interface VariantSpec {
  readonly id: string;
  readonly label: string;
  readonly sections: readonly SectionSpec[];
}

export interface SectionSpec {
  readonly id: string;
  readonly title: string;
  readonly aliases?: readonly string[];
  /** Heading level; 2 unless given. A level-3 section is looked for under its `parent`. */
  readonly level?: number;
  readonly parent?: string;
  readonly required?: boolean;
  /** One-line prompt used when a quick fix scaffolds the section. */
  readonly prompt?: string;
  /** What counts as empty: by default a section with no text besides comments and placeholders. */
  readonly minItems?: number;
  readonly description?: string;
}

export interface ChecklistItemSpec {
  readonly id: string;
  readonly label: string;
  readonly check: CheckSpec;
  /** Variant ids this item applies to; all variants when absent. */
  readonly variants?: readonly string[];
  /** Only applies when this check passes (for example: only for accepted ADRs). */
  readonly when?: CheckSpec;
  readonly weight?: number;
  /** Section whose heading locates the item in the editor. */
  readonly section?: string;
}

/** The vocabulary of checklist predicates. Each kind is implemented in `checklist/checks/`. */
export type CheckSpec =
  | { readonly kind: 'section'; readonly section: string; readonly nonEmpty?: boolean }
  | { readonly kind: 'fields'; readonly all?: readonly string[]; readonly any?: readonly string[] }
  | { readonly kind: 'status'; readonly in: readonly string[] }
  | { readonly kind: 'listItems'; readonly section: string; readonly min: number }
  | { readonly kind: 'pattern'; readonly section?: string; readonly field?: string; readonly regex: string; readonly flags?: string }
  | { readonly kind: 'eachItem'; readonly section: string; readonly patterns: readonly string[]; readonly flags?: string; readonly min?: number }
  | { readonly kind: 'sectionsFirst'; readonly sections: readonly string[] }
  | { readonly kind: 'allOf'; readonly checks: readonly CheckSpec[] }
  | { readonly kind: 'anyOf'; readonly checks: readonly CheckSpec[] }
  | { readonly kind: 'not'; readonly check: CheckSpec };

/** A spec with its front matter schema loaded; the host does the loading, so the engine reads no files. */
export interface ResolvedDocType {
  readonly spec: DocTypeSpec;
  readonly frontMatterSchema?: Readonly<Record<string, unknown>>;
  /** The files a team's type was read from, as the team names them; problems name these files. */
  readonly source?: { readonly spec: string; readonly frontMatterSchema?: string };
  /**
   * Set only on the types that ship with Leaddocs: their checklist patterns, reviewed with the
   * code, may use lookaround and run on JavaScript's engine (every other type's run on RE2), and
   * their schema, tested against the meta-schema, is not checked against it again at start-up.
   */
  readonly builtin?: true;
}
