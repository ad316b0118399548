import type { Range } from '../text/positions';

export type BlockKind = 'paragraph' | 'listItem' | 'tableRow' | 'code' | 'comment' | 'html' | 'quote';

/** A unit of body content with its plain text and where it sits. */
export interface Block {
  readonly kind: BlockKind;
  /** Plain text with inline markup removed (for lists: the item's own first paragraph). */
  readonly text: string;
  readonly range: Range;
  /** Nesting depth for list items, 0 for top-level ones. */
  readonly depth: number;
  /** Cells of a table row, as plain text. */
  readonly cells?: readonly string[];
  /** Cells of a table row as written (markup, links and all). */
  readonly sourceCells?: readonly string[];
  /** For a body row, the plain text of its table's header cells. */
  readonly headerCells?: readonly string[];
  /** True for a table's header row. */
  readonly header?: boolean;
}

export interface Heading {
  readonly level: number;
  /** Heading text without markup, trailing comments or closing hashes. */
  readonly text: string;
  /** Text as written on the line after the `#`s, comments included. */
  readonly rawText: string;
  /** The text in the form headings are compared in (see headingKey). */
  readonly key: string;
  readonly line: number;
  readonly range: Range;
}

export interface Section {
  readonly heading: Heading;
  /** First line after the heading. */
  readonly contentStartLine: number;
  /** Line at which the next heading of the same or a higher level starts (exclusive). */
  readonly endLine: number;
  /** Blocks directly in this section, before any sub-heading. */
  readonly blocks: readonly Block[];
  readonly children: readonly Section[];
  readonly parent: Section | undefined;
}
