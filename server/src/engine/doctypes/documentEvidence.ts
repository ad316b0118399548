import { normalizeKey, type InlineField } from '../model/inlineMetadata';
import type { LeadDocument } from '../model/leadDocument';
import type { SignalPattern } from './signalPattern';
import { documentLocation, type DocumentLocation } from './documentLocation';

/**
 * What detection may look at in one document, worked out once and shared by every type's
 * signals: where it sits, its title, and the names of its headings and metadata.
 */
export interface DocumentEvidence {
  readonly location: DocumentLocation | undefined;
  readonly title: string | undefined;
  /** Heading key → the heading as written, for headings below the title. */
  readonly headings: ReadonlyMap<string, string>;
  readonly frontMatterKeys: ReadonlySet<string>;
  readonly inlineKeys: ReadonlySet<string>;
  /** Most of the body is links to other documents: an index, a reading list, a catalogue. */
  readonly isListing: () => boolean;
  /** Pattern results per text, so types sharing a pattern test it once per document. */
  readonly patternMemo: ReadonlyMap<'title' | 'fileName', Map<SignalPattern, boolean>>;
}

export function gatherEvidence(document: LeadDocument, inlineFields: readonly InlineField[]): DocumentEvidence {
  const titleHeading = document.headings.find((heading) => heading.level === 1);
  const headings = new Map<string, string>();
  for (const heading of document.headings) {
    if (heading !== titleHeading && !headings.has(heading.key)) headings.set(heading.key, heading.text);
  }
  // Loops straight into the sets: a spread, a `map` and the arrays they make cost a cold pass a
  // collection's worth of garbage per document.
  const frontMatterKeys = new Set<string>();
  if (document.frontMatter !== undefined) for (const key of document.frontMatter.entries.keys()) frontMatterKeys.add(normalizeKey(key));
  const inlineKeys = new Set<string>();
  for (const field of inlineFields) inlineKeys.add(field.key);
  const patternMemo = new Map<'title' | 'fileName', Map<SignalPattern, boolean>>();
  patternMemo.set('title', new Map()).set('fileName', new Map());
  const frontMatterTitle = document.frontMatter?.data['title'];
  let listing: boolean | undefined;
  return {
    location: document.path === undefined ? undefined : documentLocation(document.path),
    // As written: `ADR-0012: Use X` is evidence that the parsed title (`Use X`) no longer shows.
    title: titleHeading?.text ?? (typeof frontMatterTitle === 'string' ? frontMatterTitle : undefined),
    headings,
    frontMatterKeys,
    inlineKeys,
    isListing: () => (listing ??= isListing(document)),
    patternMemo,
  };
}

// An entry of a listing starts with its link: `- [ADR-7: Use Kafka](0007-use-kafka.md)`, a table
// row naming a document. "Good, because [it is fast](https://…)" is an argument with a citation.
const LISTED_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?\[/;
const LINK = /\]\(|<https?:\/\//;

// An ADR may list a few options by link; an index is mostly links, line after line.
const LISTING_MIN_LINKS = 5;
const LISTING_SHARE = 0.6;

function isListing(document: LeadDocument): boolean {
  let entries = 0;
  let linked = 0;
  for (const block of document.blocks) {
    if (block.kind !== 'listItem' && block.kind !== 'tableRow' && block.kind !== 'paragraph') continue;
    if (block.kind === 'tableRow' && block.header === true) continue;
    entries++;
    const line = document.lines.lineText(block.range.start.line);
    if (block.kind === 'listItem' ? LISTED_ITEM.test(line) : block.kind === 'tableRow' && LINK.test(line)) linked++;
  }
  return linked >= LISTING_MIN_LINKS && linked >= entries * LISTING_SHARE;
}
