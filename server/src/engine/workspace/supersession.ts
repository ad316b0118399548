import type { FieldValue } from '../derive/fields';
import type { NormalizedStatus } from '../derive/status';
import type { Section } from '../model/blocks';
import type { LeadDocument } from '../model/leadDocument';
import type { ReferenceAt } from './catalogEntry';
import { columnRange, inlineLinksOf } from './inlineLinks';

export interface Supersession {
  readonly supersedes: ReferenceAt[];
  readonly supersededBy: ReferenceAt[];
}

// adr-tools writes both directions as lines of the Status section:
// `Supersedes [3. Use X](0003-use-x.md)` and `Superseded by [5. Use Y](0005-use-y.md)`.
const SUPERSEDES_LINE = /^\W{0,8}supersedes\b\s*(?::\s*)?(\S.*)$/i;
const SUPERSEDED_BY_LINE = /^\W{0,8}super[sc]eded\s+by\b\s*(?::\s*)?(\S.*)$/i;
const DECISION_ID = /\b((?:ADR|DR)[-\s_]?\d{1,5})\b/i;

/**
 * Who this decision replaces and who replaces it, from every place teams write it: the
 * `supersedes` / `superseded-by` fields, the status (`Superseded by ADR-0005`) and the
 * Status section's extra lines.
 */
export function supersessionOf(document: LeadDocument, fields: Readonly<Record<string, FieldValue>>, status: NormalizedStatus | null, statusSection: Section | undefined): Supersession {
  const supersedes = referencesInField(document, fields['supersedes']);
  const supersededBy = referencesInField(document, fields['superseded-by']);
  if (status?.value === 'superseded' && status.target !== null) supersededBy.push(referenceFromTarget(status.target, status.range));
  if (statusSection !== undefined && namesSupersession(document, statusSection)) {
    for (let line = statusSection.contentStartLine; line < statusSection.endLine; line++) {
      const text = document.lines.lineText(line);
      const replaces = SUPERSEDES_LINE.exec(text)?.[1];
      if (replaces !== undefined) addReferencesOnLine(supersedes, text, line, replaces);
      const replacedBy = SUPERSEDED_BY_LINE.exec(text)?.[1];
      if (replacedBy !== undefined) addReferencesOnLine(supersededBy, text, line, replacedBy);
    }
  }
  return { supersedes: distinct(supersedes), supersededBy: distinct(supersededBy) };
}

// What both line patterns need; a Status section without it (most) is not read line by line.
const SUPERSESSION_WORD = /super[sc]ede/i;

function namesSupersession(document: LeadDocument, section: Section): boolean {
  const { lines } = document;
  return SUPERSESSION_WORD.test(document.text.slice(lines.offsetOfLine(section.contentStartLine), lines.offsetOfLine(section.endLine)));
}

// `Supersedes: N/A`, `none`, `—`: a field (often a table cell) saying there is nothing.
const NOTHING = /^(?:n\/?a|none|nil|null|nothing|not applicable|[-–—]+)\.?$/i;

function referencesInField(document: LeadDocument, field: FieldValue | undefined): ReferenceAt[] {
  // A loop into a literal, not `flatMap` with `[]` returns: that was the largest compile left in a
  // cold first pass, and each empty return an allocation.
  const references: ReferenceAt[] = [];
  if (field === undefined) return references;
  const listed = Array.isArray(field.value);
  const values = listed ? field.value : [field.value];
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const text = String(value).trim();
    if (text === '' || NOTHING.test(text)) continue;
    const range = (listed && field.source === 'front-matter' ? document.frontMatter?.rangeAt([field.writtenAs, String(index)]) : undefined) ?? field.range;
    const link = inlineLinksOf(text)[0];
    references.push(link === undefined ? referenceFromTarget(text, range) : { target: link.text, href: link.destination, range });
  }
  return references;
}

/** Appends to `references` rather than returning an array to spread: most lines add one or none. */
function addReferencesOnLine(references: ReferenceAt[], text: string, line: number, tail: string): void {
  const links = inlineLinksOf(text);
  if (links.length > 0) {
    for (const link of links) references.push({ target: link.text, href: link.destination, range: columnRange(line, link.start, link.end) });
    return;
  }
  const id = DECISION_ID.exec(tail)?.[1];
  if (id === undefined) return;
  const start = text.indexOf(id);
  references.push({ target: id, href: null, range: columnRange(line, start, start + id.length) });
}

function referenceFromTarget(target: string, range: ReferenceAt['range']): ReferenceAt {
  // The status reader hands over a link's destination, an id, or the tail as written.
  const isPath = /\.(?:md|markdown)(?:#.*)?$/i.test(target) || target.includes('/');
  return { target, href: isPath ? target : null, range };
}

function distinct(references: ReferenceAt[]): ReferenceAt[] {
  // Nearly every document names at most one reference each way: nothing can repeat, no set to build.
  if (references.length < 2) return references;
  const seen = new Set<string>();
  const kept: ReferenceAt[] = [];
  for (const reference of references) {
    const key = `${reference.href ?? reference.target}@${reference.range.start.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(reference);
  }
  return kept;
}
