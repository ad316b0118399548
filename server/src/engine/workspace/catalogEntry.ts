import type { Range } from '../text/positions';

/**
 * What the workspace catalogue keeps of one leadership document: everything the cross-document
 * checks, navigation and the decision log need, and nothing that needs the text again.
 * Plain JSON on purpose: the server caches entries on disk, keyed by the text's hash.
 */
export interface CatalogEntry {
  readonly uri: string;
  /** Repository-relative POSIX path when the host knows it. */
  readonly path: string | null;
  readonly type: string;
  readonly title: TextAt | null;
  /** The number an ADR goes by, and every place a number is written (they may disagree). */
  readonly number: number | null;
  readonly numbers: NumberSources;
  /** How the document names itself in references: its front matter id, else `ADR-0012`. */
  readonly id: string | null;
  readonly status: StatusAt | null;
  readonly date: string | null;
  /** Decisions this one replaces, and the one that replaces it, as written. */
  readonly supersedes: readonly ReferenceAt[];
  readonly supersededBy: readonly ReferenceAt[];
  /** Links to local files (not URLs), with any heading anchor. */
  readonly links: readonly LinkAt[];
  /** `http(s)` links, checked for syntax only. */
  readonly urls: readonly TextAt[];
  /** `ADR-0042`-style mentions in prose. */
  readonly decisionMentions: readonly DecisionMention[];
  /** GitHub-style slugs of the document's headings, for anchors pointing here. */
  readonly anchors: readonly string[];
  readonly people: readonly string[];
  /** When the document asks to be looked at again (`review-date`, `next-review`). */
  readonly reviewBy: DateAt | null;
  readonly actionItems: readonly ActionItem[];
  /** Dated entries of a mentorship plan's feedback log, and how often the pair meets. */
  readonly feedback: FeedbackLog | null;
  /** Where edits made from another document's quick fix go. */
  readonly editAnchors: EditAnchors;
  /** Rule ids the document turns off for itself. */
  readonly disabledRules: readonly string[];
  /** How many of the document's own findings there are by severity, for the decision log view. */
  readonly findingCounts: FindingCounts;
}

/** Where a document sits: all that resolving its links and numbers needs. */
export type DocumentPlace = Pick<CatalogEntry, 'uri' | 'path'>;

/** A document's references to others; a catalogue entry has them, and so can an untyped document. */
export type ReferencingDocument = DocumentPlace & Pick<CatalogEntry, 'links' | 'decisionMentions' | 'supersedes' | 'supersededBy'>;

export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly information: number;
  readonly hint: number;
}

export interface TextAt {
  readonly text: string;
  readonly range: Range;
}

export interface DateAt {
  /** YYYY-MM-DD, or null when what is written is not a readable date. */
  readonly iso: string | null;
  readonly written: string;
  readonly range: Range;
}

export interface NumberSources {
  readonly fileName: number | null;
  readonly title: TextAtNumber | null;
  readonly frontMatter: TextAtNumber | null;
}

export interface TextAtNumber {
  readonly value: number;
  readonly range: Range;
}

export interface StatusAt {
  /** Canonical value, or null when the word is not known. */
  readonly value: string | null;
  /** As written, markup removed. */
  readonly written: string;
  readonly range: Range;
  /** The source text under `range`, markup and emoji included, so a rewrite keeps the decoration. */
  readonly source: string;
  /** The line's text before `range` (`* Status: `), so a line added after it can match. */
  readonly before: string;
  /** Where the status lives decides how another document's fix rewrites it. */
  readonly style: 'front-matter' | 'inline' | 'section';
}

export interface ReferenceAt {
  /** As written: `ADR-0005`, `0005-use-x.md`, `5`. */
  readonly target: string;
  /** A link's destination, when the reference is a link. */
  readonly href: string | null;
  readonly range: Range;
}

export interface LinkAt {
  readonly text: string;
  /** Destination without its anchor, as written (relative or root-relative). */
  readonly href: string;
  readonly anchor: string | null;
  readonly range: Range;
  /** Just the destination as written (path and anchor), which a file rename rewrites. */
  readonly destinationRange: Range;
}

export interface DecisionMention {
  readonly text: string;
  readonly number: number;
  readonly range: Range;
}

export interface ActionItem {
  readonly text: string;
  readonly owner: string | null;
  readonly due: string | null;
  readonly done: boolean;
  readonly range: Range;
}

export interface FeedbackLog {
  readonly cadence: string | null;
  readonly cadenceRange: Range | null;
  /** ISO dates of the entries, in document order. */
  readonly entries: readonly DateAt[];
  /** The Feedback log heading, where a lapsed cadence is reported. */
  readonly sectionRange: Range | null;
}

export interface EditAnchors {
  /** Closing fence line of the front matter, or null when there is none. */
  readonly frontMatterClosingLine: number | null;
  /** The line ending the document uses, so inserted lines match it. */
  readonly lineEnding: '\n' | '\r\n';
}
