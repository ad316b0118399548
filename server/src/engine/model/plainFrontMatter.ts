/**
 * Most front matter is a few `key: value` lines: a word for a key, a word, a sentence, an ISO
 * date or a flow list of names for a value. Those are read here, line by line, because the YAML
 * library's lexer, parser and composer cost more than the rest of an analysis's front matter
 * work, most of all on a cold start, when their code is still being compiled (a first pass over
 * 10,000 generated documents cost a quarter less read this way). Anything else, or anything in
 * doubt, is left to the library: this reader answers only where it is sure to give the same
 * values and positions (test/engine/plainFrontMatter.test.ts compares the two).
 */

/** One top-level `key: value` line; columns are within the line. */
export interface PlainEntry {
  readonly key: string;
  /** Index in the lines given (the document's line is one more, after the opening fence). */
  readonly line: number;
  readonly value: unknown;
  /** Where the value is written; both the key's end when nothing is, as the library's reading places it. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

// A key that is a word (`status`, `decision-makers`, `review_date`), then a colon at the end of
// the line or before spaces and a value that starts with neither a space nor a comment.
const ENTRY = /^([A-Za-z][\w-]{0,99}):(?: *$| +([^ #]))/;
// Block plain text: no control characters, no `:` or `#` (mappings, comments), no brackets or
// braces, no characters YAML may read as line breaks; it must not end with a space.
const PLAIN_TEXT = /^[A-Za-z][^\p{Cc}#:[\]{}\u2028\u2029\ufeff]*$/u;
// In a flow list, also no comma or quote.
const FLOW_ITEM = /^[A-Za-z][^\p{Cc}#:,'"[\]{}\u2028\u2029\ufeff]*$/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DIGITS = /^\d{1,15}$/;
// The YAML 1.2 core schema's null and booleans among the words a key or value may be.
const NULL_WORD = /^(?:null|Null|NULL)$/;
const TRUE_WORD = /^(?:true|True|TRUE)$/;
const FALSE_WORD = /^(?:false|False|FALSE)$/;
/** Far below the YAML reader's token limit, so that limit can never apply to what is read here. */
const MAX_PLAIN_SOURCE = 2_000;

/** Why a value is not read here: the library reads it. */
const UNSURE = Symbol('unsure');

/** The entries, when every line is blank or a plain `key: value` and no key repeats; otherwise undefined. */
export function readPlainEntries(lines: readonly string[]): PlainEntry[] | undefined {
  const entries: PlainEntry[] = [];
  const keys = new Set<string>();
  let length = 0;
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line] as string;
    length += text.length + 1;
    if (length > MAX_PLAIN_SOURCE) return undefined;
    if (isBlank(text)) continue;
    const match = ENTRY.exec(text);
    if (match === null) return undefined;
    const key = match[1] as string;
    if (keys.has(key) || isSpecialWord(key)) return undefined;
    keys.add(key);
    if (match[2] === undefined) {
      entries.push({ key, line, value: null, valueStart: key.length, valueEnd: key.length });
      continue;
    }
    const valueStart = match[0].length - 1;
    const written = text.slice(valueStart);
    const value = written.charCodeAt(0) === 91 /* [ */ ? flowList(written) : scalar(written, PLAIN_TEXT);
    if (value === UNSURE) return undefined;
    entries.push({ key, line, value, valueStart, valueEnd: text.length });
  }
  return entries.length === 0 ? undefined : entries;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

function isSpecialWord(word: string): boolean {
  return NULL_WORD.test(word) || TRUE_WORD.test(word) || FALSE_WORD.test(word);
}

/** A plain scalar as the core schema resolves it, or UNSURE. */
function scalar(written: string, allowed: RegExp): unknown {
  if (written.charCodeAt(written.length - 1) === 32) return UNSURE;
  const first = written.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    // A date stays text in YAML 1.2; digits are an integer; anything else starting with a digit may be a number.
    if (ISO_DATE.test(written)) return written;
    return DIGITS.test(written) ? Number(written) : UNSURE;
  }
  if (!allowed.test(written)) return UNSURE;
  if (NULL_WORD.test(written)) return null;
  if (TRUE_WORD.test(written)) return true;
  if (FALSE_WORD.test(written)) return false;
  return written;
}

/** `[Ana, Ben]`, `[]`: plain items separated by a comma and at most one space. */
function flowList(written: string): unknown {
  if (written.charCodeAt(written.length - 1) !== 93 /* ] */) return UNSURE;
  const items: unknown[] = [];
  const inner = written.slice(1, -1);
  if (inner === '') return items;
  for (const part of inner.split(',')) {
    const item = scalar(part.charCodeAt(0) === 32 ? part.slice(1) : part, FLOW_ITEM);
    if (item === UNSURE) return UNSURE;
    items.push(item);
  }
  return items;
}
