/**
 * Most front matter is a few `key: value` lines: a word for a key, a word, a sentence, a date,
 * a quoted title or a flow list of names for a value. Those are read here, line by line, because the YAML
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
// Block plain text, starting with a letter or digit: no control characters, no brackets or
// braces, no characters YAML may read as line breaks; a `:` only before a non-space (`https://…`;
// `: ` would be a mapping), a `#` only after a non-space (` #` starts a comment). It must not end
// with a space.
const PLAIN_TEXT = /^[A-Za-z0-9](?:[^\p{Cc}#:[\]{}\u2028\u2029\ufeff]|:(?=[^\s:])|(?<=[^\s])#)*$/u;
// In a flow list, also no comma or quote.
const FLOW_ITEM = /^[A-Za-z0-9][^\p{Cc}#:,'"[\]{}\u2028\u2029\ufeff]*$/u;
const DIGITS = /^\d{1,15}$/;
// What the core schema may read as a number among values that start with a digit (its int,
// octal, hex and float forms); `2025-01-02`, `12-25-2021` or `1st` cannot be one.
const NUMBER_LIKE = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)$/;
// A quoted value with nothing to unescape or fold: no backslash, no quote of its own kind inside.
const DOUBLE_QUOTED = /^"[^\p{Cc}"\\\u2028\u2029\ufeff]*"$/u;
const SINGLE_QUOTED = /^'[^\p{Cc}'\u2028\u2029\ufeff]*'$/u;
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
    const value = written.charCodeAt(0) === 91 /* [ */ ? flowList(written) : DOUBLE_QUOTED.test(written) || SINGLE_QUOTED.test(written) ? written.slice(1, -1) : scalar(written, PLAIN_TEXT);
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

/** A plain scalar as the YAML 1.2 core schema resolves it, or UNSURE. */
function scalar(written: string, allowed: RegExp): unknown {
  if (written.charCodeAt(written.length - 1) === 32) return UNSURE;
  if (!allowed.test(written)) return UNSURE;
  const first = written.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    // Digits are an integer; another number form is the library's to read; the rest is text (dates stay text in YAML 1.2).
    if (DIGITS.test(written)) return Number(written);
    return NUMBER_LIKE.test(written) ? UNSURE : written;
  }
  if (NULL_WORD.test(written)) return null;
  if (TRUE_WORD.test(written)) return true;
  if (FALSE_WORD.test(written)) return false;
  return written;
}

/** `[Ana, Ben]`, `[ Ana ]`, `[]`: plain items between commas, spaces around them dropped. */
function flowList(written: string): unknown {
  if (written.charCodeAt(written.length - 1) !== 93 /* ] */) return UNSURE;
  const items: unknown[] = [];
  const inner = written.slice(1, -1);
  if (inner === '') return items;
  for (const part of inner.split(',')) {
    const item = scalar(trimSpaces(part), FLOW_ITEM);
    if (item === UNSURE) return UNSURE;
    items.push(item);
  }
  return items;
}

function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(start, end);
}
