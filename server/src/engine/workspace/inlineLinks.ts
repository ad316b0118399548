import type { Range } from '../text/positions';

/** A `[text](destination)` or `![alt](src)` written on one line. */
export interface InlineLink {
  readonly text: string;
  readonly destination: string;
  /** Column where the destination starts (after `(` or `(<`). */
  readonly destinationStart: number;
  /** Columns of the whole link, brackets to closing parenthesis. */
  readonly start: number;
  readonly end: number;
}

/**
 * The inline links of one line, in one forward pass: a line of ten thousand `[` or `](` costs
 * what a line of ten thousand letters costs (document text is never trusted to be friendly).
 */
export function inlineLinksOf(line: string): InlineLink[] {
  const links: InlineLink[] = [];
  let open = -1;
  for (let index = 0; index < line.length; index++) {
    const char = line.charCodeAt(index);
    if (char === 0x5b /* [ */) {
      open = index;
    } else if (char === 0x5d /* ] */ && open >= 0 && line.charCodeAt(index + 1) === 0x28 /* ( */) {
      const link = destinationAfter(line, index + 2);
      if (link === undefined) break; // no closing parenthesis anywhere after: no more links on this line
      const start = open > 0 && line.charCodeAt(open - 1) === 0x21 /* ! */ ? open - 1 : open;
      links.push({ text: line.slice(open + 1, index), destination: link.destination, destinationStart: link.start, start, end: link.end });
      index = link.end - 1;
      open = -1;
    }
  }
  return links;
}

function destinationAfter(line: string, from: number): { destination: string; start: number; end: number } | undefined {
  if (line.charCodeAt(from) === 0x3c /* < */) {
    const close = line.indexOf('>', from + 1);
    const paren = close < 0 ? -1 : line.indexOf(')', close);
    return paren < 0 ? undefined : { destination: line.slice(from + 1, close), start: from + 1, end: paren + 1 };
  }
  let index = from;
  while (index < line.length && line.charCodeAt(index) !== 0x29 /* ) */ && line.charCodeAt(index) > 0x20) index++;
  const paren = line.charCodeAt(index) === 0x29 ? index : line.indexOf(')', index);
  return paren < 0 ? undefined : { destination: line.slice(from, index), start: from, end: paren + 1 };
}

// `[label]: destination` — a link reference definition.
const DEFINITION = /^ {0,3}\[([^\]]{1,999})\]:[ \t]*<?([^\s>]+)>?/;

export function linkDefinitionOf(line: string): InlineLink | undefined {
  const match = DEFINITION.exec(line);
  if (match === null) return undefined;
  const destination = match[2] ?? '';
  const end = match[0].length - (match[0].endsWith('>') ? 1 : 0);
  return { text: match[1] ?? '', destination, destinationStart: end - destination.length, start: line.indexOf('['), end: match[0].length };
}

/** The line with code spans blanked out (same length), so `ADR-1` in code is not a mention. */
export function withoutCodeSpans(line: string): string {
  if (!line.includes('`')) return line;
  let result = '';
  let index = 0;
  while (index < line.length) {
    const open = line.indexOf('`', index);
    if (open < 0) break;
    let run = open;
    while (line.charCodeAt(run) === 0x60) run++;
    const fence = line.slice(open, run);
    const close = line.indexOf(fence, run);
    if (close < 0) break;
    result += line.slice(index, open) + ' '.repeat(close + fence.length - open);
    index = close + fence.length;
  }
  return result + line.slice(index);
}

export function columnRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
