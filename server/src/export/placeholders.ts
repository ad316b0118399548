import type { Token } from 'markdown-it';

/**
 * `{…}` template placeholders as the templates write them (`{title of option}`,
 * `{proposed | rejected}`). Doubled braces are someone's templating language, not ours.
 */
export const PLACEHOLDER = /(?<!\{)\{([^{}\n]+)\}(?!\})/g;
/** Inline code spans: braces there are code, not placeholders. */
const CODE_SPAN = /(`+)[^`]*?\1/g;

/** Lines that belong to fenced or indented code, from markdown-it block maps. */
export function codeLines(tokens: readonly Token[]): Set<number> {
  const lines = new Set<number>();
  for (const token of tokens) {
    if ((token.type === 'fence' || token.type === 'code_block') && token.map !== null) {
      for (let line = token.map[0]; line < token.map[1]; line++) lines.add(line);
    }
  }
  return lines;
}

/** The placeholders on one line of prose, code spans skipped. */
export function placeholdersIn(line: string): string[] {
  return [...proseParts(line)].flatMap((part) => (part.code ? [] : [...part.text.matchAll(PLACEHOLDER)].map((m) => m[0])));
}

/** Rewrites each placeholder so a reader of the pasted text cannot miss it: `**[TODO: …]**`. */
export function flagPlaceholders(line: string): string {
  return [...proseParts(line)]
    .map((part) => (part.code ? part.text : part.text.replace(PLACEHOLDER, (_, inner: string) => `**[TODO: ${inner.trim()}]**`)))
    .join('');
}

function* proseParts(line: string): Generator<{ text: string; code: boolean }> {
  let last = 0;
  for (const match of line.matchAll(CODE_SPAN)) {
    if (match.index > last) yield { text: line.slice(last, match.index), code: false };
    yield { text: match[0], code: true };
    last = match.index + match[0].length;
  }
  if (last < line.length) yield { text: line.slice(last), code: false };
}
