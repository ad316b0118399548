import type { StatusSpec } from '../doctypes/docTypeSpec';
import type { Section } from '../model/blocks';
import { cellRanges } from '../model/inlineMetadata';
import type { LeadDocument } from '../model/leadDocument';
import { withoutComments } from '../text/htmlComments';
import type { Range } from '../text/positions';
import type { FieldValue } from './fields';

export interface NormalizedStatus {
  /** As written, markup removed. */
  readonly raw: string;
  /** Canonical value (`accepted`, `superseded`, …) or null when the word is not known. */
  readonly value: string | null;
  /** The id or link a status names: `Superseded by ADR-0057` → `ADR-0057`. */
  readonly target: string | null;
  readonly range: Range;
}

// Only a supersession or rejection names another record: "Superseded by ADR-0057",
// "Superceded by [3. Title](0003-x.md)", "Rejected in favour of ADR 111", "Replaced by: ADR-9".
// A parenthesis may come between: "Superseded (as never implemented) by [ADR 32](/adr/32)".
const TARGET_TAIL = /\b(?:partly |partially )?(?:superseded|superceded|replaced|rejected|deprecated|amended)\s+(?:\([^()]*\)\s+)?(?:by|in favou?r of|with)\b[^\S\n]*(?::[^\S\n]*)?(\S.*)$/im;
// Linear: the text stops at the next `[`, the target at the next paren, the title follows a space.
const LINK = /\[([^[\]]*)\]\(([^()\s]+)(?:\s[^()]*)?\)/;
const ADR_ID = /\b((?:ADR|RFC|DR)[\s-]?\d+)/i;
// `⌛️ Superseded [0019](0019-x.md)`: a supersession straight followed by the record it names.
const SUPERSEDED_LINK = /\b(?:superseded|superceded|replaced)[^\S\n]*(?::[^\S\n]*)?(\[[^[\]]*\]\([^()\s]+(?:\s[^()]*)?\))/i;
const RECORD_NUMBER = /^\d+$/;
// Emoji, bullets, arrows and brackets around a status word (`✅ Accepted`, `• Draft`, `[Accepted]`).
const LEADING_SYMBOLS = /^[^\p{L}\p{N}]+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER_DIGIT_OR_CLOSING = /[\p{L}\p{N}.)]/u;
const STATUS_HEADING = /^status\s*:\s*(\S.*)$/i;

/**
 * Finds the status: the field (front matter or inline), else the first meaningful line of the
 * Status section (in a table, the Status column of its first row), else a `## Status: x` heading.
 */
export function readStatus(document: LeadDocument, spec: StatusSpec, fields: Readonly<Record<string, FieldValue>>, sections: ReadonlyMap<string, Section>): NormalizedStatus | null {
  const field = fields[spec.field];
  if (field !== undefined) return normalizeStatus(field.text, field.range, spec);
  // The closest layout may not have the section (MADR with a Nygard `## Status`): look for it by name.
  const section = spec.section === undefined ? undefined : (sections.get(spec.section) ?? sectionNamed(document, spec.section));
  if (section !== undefined) return statusInSection(document, section, spec);
  const heading = document.headings.find((candidate) => STATUS_HEADING.test(candidate.text));
  if (heading === undefined) return null;
  const lineText = document.lines.lineText(heading.line);
  const written = STATUS_HEADING.exec(heading.text)?.[1] ?? '';
  const start = lineText.indexOf(written);
  // A setext heading can run over several lines; then the heading's own range is the honest one.
  const range = start < 0 ? heading.range : { start: { line: heading.line, character: start }, end: { line: heading.line, character: start + written.length } };
  return normalizeStatus(written, range, spec);
}

function sectionNamed(document: LeadDocument, id: string): Section | undefined {
  const key = id.replace(/-/g, ' ');
  return document.sections.find((section) => section.heading.level > 1 && section.heading.key === key);
}

function statusInSection(document: LeadDocument, section: Section, spec: StatusSpec): NormalizedStatus | null {
  const block = section.blocks.find((candidate) => (candidate.kind === 'paragraph' || candidate.kind === 'listItem' || (candidate.kind === 'tableRow' && candidate.header !== true)) && candidate.text.trim() !== '');
  if (block === undefined) return null;
  const line = block.range.start.line;
  const lineText = document.lines.lineText(line);
  if (block.kind === 'tableRow') {
    const column = Math.max(0, block.headerCells?.findIndex((cell) => /^status$/i.test(cell.trim())) ?? 0);
    const cell = cellRanges(lineText)[column];
    if (cell === undefined) return null;
    return normalizeStatus(cell.text, { start: { line, character: cell.start }, end: { line, character: cell.start + cell.text.length } }, spec);
  }
  const start = lineText.length - lineText.trimStart().length;
  return normalizeStatus(lineText.trim(), { start: { line, character: start }, end: { line, character: lineText.trimEnd().length } }, spec);
}

export function normalizeStatus(written: string, range: NormalizedStatus['range'], spec: StatusSpec): NormalizedStatus {
  const plain = withoutComments(written.replace(LINK, (_m, text: string) => text))
    .replace(/[*_`]/g, '')
    .replace(/^[-*+]\s+/, '')
    .replace(/^status\s*:\s*/i, '')
    .trim();
  const lower = withoutTrailingSymbols(plain.replace(LEADING_SYMBOLS, '')).toLowerCase().replace(/(?<![.!;])[.!;]+$/, '').replace(/\s+/g, ' ');
  return { raw: plain, value: canonicalValue(lower, spec), target: targetOf(written), range };
}

/** Drops `✅` or `🎉` after the words; a loop, since a `[^…]+$` regex is quadratic on a long symbol run. */
function withoutTrailingSymbols(text: string): string {
  let end = text.length;
  while (end > 0 && !LETTER_DIGIT_OR_CLOSING.test(text.charAt(end - 1))) end--;
  // A surrogate pair's halves are no letters: a trailing emoji goes whole.
  return text.slice(0, end);
}

/** The record a status points at, from its supersession tail only: a PR link elsewhere is not one. */
function targetOf(written: string): string | null {
  const unmarked = written.replace(/[*_`]/g, '');
  const tail = TARGET_TAIL.exec(unmarked)?.[1] ?? SUPERSEDED_LINK.exec(unmarked)?.[1];
  if (tail === undefined) return null;
  const link = LINK.exec(tail);
  // A link reading as a bare record number (`[0019](0019-x.md)`) names it; otherwise its file does.
  if (link !== null) return RECORD_NUMBER.test(link[1]?.trim() ?? '') ? (link[1]?.trim() ?? null) : (link[2] ?? null);
  const text = tail.replace(/(?<![.;])[.;]+$/, '').trim();
  return ADR_ID.exec(text)?.[1]?.replace(/\s/, '-') ?? (text === '' ? null : text);
}

// Each spec's words, longest first, built once per engine.
const wordsBySpec = new WeakMap<StatusSpec, Array<readonly [word: string, value: string]>>();

function knownWords(spec: StatusSpec): Array<readonly [string, string]> {
  let words = wordsBySpec.get(spec);
  if (words === undefined) {
    words = Object.entries(spec.values).flatMap(([value, aliases]) => [value, ...aliases].map((word) => [word.toLowerCase(), value] as const));
    words.sort((a, b) => b[0].length - a[0].length);
    wordsBySpec.set(spec, words);
  }
  return words;
}

/**
 * Longest known phrase at the start wins, so "partly superseded" is not read as "superseded"
 * alone; whatever follows it (`. Tracking issue: #2803`, ` (2024-03-01)`, ` by ADR-9`) is
 * commentary, as long as the word ends there.
 */
function canonicalValue(lower: string, spec: StatusSpec): string | null {
  for (const [word, value] of knownWords(spec)) {
    if (lower.startsWith(word) && (lower.length === word.length || !LETTER_OR_DIGIT.test(lower.charAt(word.length)))) return value;
  }
  return null;
}
