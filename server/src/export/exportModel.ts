import type { ExportBody } from './exportBody';

/**
 * What an export shows, independent of the format: every renderer reads this and nothing
 * else, so a confidential section removed here is absent from every format at once.
 */
export interface ExportModel {
  readonly title: string;
  /** Front matter shown as a header card / title slide, in display order, empty values dropped. */
  readonly header: readonly HeaderField[];
  /** Content between the title and the first top-level section (often the bottom line). */
  readonly lead: readonly ExportBlock[];
  readonly sections: readonly ExportSection[];
  /** The body without the title, front matter and confidential sections, parsed once. */
  readonly body: ExportBody;
  readonly omittedSections: number;
  /** Titles of the sections left out, for the writer's report (never rendered). */
  readonly omittedTitles: readonly string[];
}

export type HeaderFieldName = 'type' | 'status' | 'date' | 'author' | 'people';

export interface HeaderField {
  readonly name: HeaderFieldName;
  /** Label as shown to a reader ("Decision makers"). */
  readonly label: string;
  readonly value: string;
}

export interface ExportSection {
  readonly title: string;
  readonly level: number;
  readonly blocks: readonly ExportBlock[];
  readonly children: readonly ExportSection[];
}

export type ExportBlock = ParagraphBlock | ListBlock | TableBlock | CodeBlock | QuoteBlock | RuleBlock;

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly inlines: readonly InlineRun[];
}

export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  /** First number of an ordered list. */
  readonly start: number;
  readonly items: readonly ListItem[];
}

export interface ListItem {
  /** The item's own text: its first paragraph (later paragraphs are joined to it). */
  readonly inlines: readonly InlineRun[];
  /** Task list state when the item starts with `[ ]` / `[x]`. */
  readonly checked?: boolean;
  /** Nested lists and other blocks inside the item. */
  readonly blocks: readonly ExportBlock[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly header: readonly TableCell[];
  readonly rows: readonly (readonly TableCell[])[];
}

export interface TableCell {
  readonly inlines: readonly InlineRun[];
  readonly align: 'left' | 'center' | 'right' | undefined;
}

export interface CodeBlock {
  readonly kind: 'code';
  readonly language: string;
  readonly text: string;
}

export interface QuoteBlock {
  readonly kind: 'quote';
  readonly blocks: readonly ExportBlock[];
}

export interface RuleBlock {
  readonly kind: 'rule';
}

/** A run of text with one set of marks; `text` may hold `\n` for a hard break. */
export interface InlineRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly code?: boolean;
  readonly strike?: boolean;
  /** Only safe targets: the model builder drops `javascript:`-style links to plain text. */
  readonly href?: string;
}
