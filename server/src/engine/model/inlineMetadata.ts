import type { LeadDocument } from './leadDocument';
import type { Range } from '../text/positions';
import { withoutComments } from '../text/htmlComments';

/** A `Key: value` pair written in the body rather than in front matter. */
export interface InlineField {
  /** Lower-cased, whitespace-collapsed key as written. */
  readonly key: string;
  readonly writtenAs: string;
  readonly value: string;
  readonly keyRange: Range;
  readonly valueRange: Range;
  readonly source: 'list' | 'line' | 'table';
}

// `* Status: accepted`, `- **Deciders:** Ana`, `Date: 2016-02-12`, `**Status**: Accepted`, and in
// any language: `* statut : proposé`, `- Entscheidungsträger: Ana` (a team's type names its keys).
const KEY_VALUE_LINE = /^(\s*(?:[-*+]\s+)?(?:\*\*|__)?)(\p{L}[\p{L}\p{N} _-]{0,38}?)(\s*(?:(?:\*\*|__)\s*)?:\s*(?:(?:\*\*|__)\s*)?)(\S.*)$/u;

/**
 * Metadata written under the title: MADR 2 and log4brains list lines, adr-tools' `Date:`
 * line, and two-column table rows (`| Status | Approved |`).
 */
export function readInlineFields(document: LeadDocument): InlineField[] {
  const fields: InlineField[] = [];
  for (const block of document.preamble) {
    if (block.kind === 'paragraph' || block.kind === 'listItem') {
      for (let line = block.range.start.line; line <= block.range.end.line; line++) {
        const field = keyValueOnLine(document, line, block.kind === 'listItem' ? 'list' : 'line');
        if (field !== undefined) fields.push(field);
      }
    } else if (block.kind === 'tableRow' && block.cells !== undefined && block.cells.length >= 2) {
      const field = keyValueInRow(document, block.range.start.line, block.cells);
      if (field !== undefined) fields.push(field);
    }
  }
  return fields;
}

function keyValueOnLine(document: LeadDocument, line: number, source: 'list' | 'line'): InlineField | undefined {
  // Trimmed first: a trailing `\s*$` after a lazy value backtracks quadratically on long runs of spaces.
  const text = document.lines.lineText(line).trimEnd();
  // The pattern needs a colon; most lines of prose have none, and then it need not run.
  if (!text.includes(':')) return undefined;
  const match = KEY_VALUE_LINE.exec(text);
  if (match === null) return undefined;
  const [, lead = '', key = '', separator = '', value = ''] = match;
  // A sentence with a colon in it is prose, not metadata.
  if (key.trim().split(/\s+/).length > 4) return undefined;
  const keyStart = lead.length;
  const valueStart = keyStart + key.length + separator.length;
  // Trailing comments (`<!-- optional -->`) are annotations, not part of the value.
  const cleanValue = withoutComments(value).replace(/(\*\*|__)$/, '').trim();
  return {
    key: normalizeKey(key),
    writtenAs: key.trim(),
    value: cleanValue,
    keyRange: { start: { line, character: keyStart }, end: { line, character: keyStart + key.trimEnd().length } },
    valueRange: { start: { line, character: valueStart }, end: { line, character: valueStart + cleanValue.length } },
    source,
  };
}

function keyValueInRow(document: LeadDocument, line: number, cells: readonly string[]): InlineField | undefined {
  const [key = '', value = ''] = cells;
  if (key === '' || value === '' || key.split(/\s+/).length > 4) return undefined;
  const [keyCell, valueCell] = cellRanges(document.lines.lineText(line));
  if (keyCell === undefined || valueCell === undefined) return undefined;
  return {
    key: normalizeKey(key),
    writtenAs: key,
    value: valueCell.text,
    keyRange: { start: { line, character: keyCell.start }, end: { line, character: keyCell.start + keyCell.text.length } },
    valueRange: { start: { line, character: valueCell.start }, end: { line, character: valueCell.start + valueCell.text.length } },
    source: 'table',
  };
}

/** Where each cell's text sits in a table row as written: split on pipes that are not escaped. */
export function cellRanges(row: string): Array<{ start: number; text: string }> {
  const cells: Array<{ start: number; text: string }> = [];
  let cellStart = 0;
  const close = (end: number): void => {
    const raw = row.slice(cellStart, end);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ start: cellStart + lead, text: raw.trim() });
  };
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') {
      close(i);
      cellStart = i + 1;
    }
  }
  close(row.length);
  // A leading and a trailing pipe each leave an empty edge cell that is not part of the table.
  if (cells[0]?.text === '' && row.trimStart().startsWith('|')) cells.shift();
  if (cells[cells.length - 1]?.text === '' && row.trimEnd().endsWith('|')) cells.pop();
  return cells;
}

// A key with none of these (`status`, `date`) only changes case; most keys are such.
const KEY_MARKUP = /[*_\s-]/;

export function normalizeKey(key: string): string {
  if (!KEY_MARKUP.test(key)) return key.toLowerCase();
  return key.replace(/[*_]/g, ' ').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}
