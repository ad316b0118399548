import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../text/positions';
import { isPlaceholderText } from './placeholders';
import { findDeepEntries, type DeepEntry } from './yamlNesting';

/** A `{…}` template placeholder left where a value belongs. */
export interface FrontMatterPlaceholder {
  readonly key: string;
  readonly text: string;
  readonly range: Range;
}

/** The YAML the parser is given, and what was blanked out of it first. */
export interface FrontMatterSource {
  /** The block's lines between the fences; line N is the document's line N + 1. */
  readonly lines: readonly string[];
  readonly placeholders: readonly FrontMatterPlaceholder[];
  /** Top-level entries nested too deep to parse, blanked after their key. */
  readonly deepEntries: readonly DeepEntry[];
}

/**
 * `key: {a | b}` — a MADR placeholder; unquoted it is invalid YAML, so it is read before YAML
 * is. Whether the braces hold template text (not `{}` or a flow mapping) is placeholders.ts's call.
 */
const BRACED_VALUE = /^([ \t]*[^\s#:][^:#]*?:[ \t]+)(\{[^{}\n]*\})[ \t]*(#.*)?$/;
/** The key of a top-level entry, up to its colon; a key holding brackets is blanked whole, since they could nest. */
const ENTRY_KEY = /^[^\s#:[\]{}'"][^:#[\]{}]*:/;

/**
 * The front matter lines as the YAML parser should see them. Placeholder values and entries
 * nested too deep are replaced with spaces of the same length, so the parser reads a null
 * there and every other offset stays where it was.
 */
export function frontMatterSource(document: LineIndex, closingLine: number): FrontMatterSource {
  const lines: string[] = [];
  const placeholders: FrontMatterPlaceholder[] = [];
  for (let line = 1; line < closingLine; line++) {
    const text = document.lineText(line);
    // A braced value needs a `{`: most lines have none, and then the pattern need not run.
    const match = text.includes('{') ? BRACED_VALUE.exec(text) : null;
    if (match?.[1] !== undefined && match[2] !== undefined && isPlaceholderText(match[2])) {
      const prefix = match[1];
      const key = prefix.trim().replace(/:$/, '').trim();
      const start = prefix.length;
      placeholders.push({ key, text: match[2], range: { start: { line, character: start }, end: { line, character: start + match[2].length } } });
      lines.push(prefix + blank(text.length - prefix.length));
    } else {
      lines.push(text);
    }
  }
  const deepEntries = findDeepEntries(lines);
  for (const entry of deepEntries) {
    const first = lines[entry.firstLine] ?? '';
    const key = ENTRY_KEY.exec(first)?.[0] ?? '';
    lines[entry.firstLine] = key + blank(first.length - key.length);
    for (let line = entry.firstLine + 1; line <= entry.lastLine; line++) lines[line] = blank((lines[line] ?? '').length);
  }
  return { lines, placeholders, deepEntries };
}

function blank(length: number): string {
  return ' '.repeat(Math.max(0, length));
}
