import type { Token } from 'markdown-it';
import { findPlaceholders } from '../engine/model/placeholders';

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

/** The placeholders on one line of prose, as the engine finds them (code spans skipped). */
export function placeholdersIn(line: string, referenceLabels?: ReadonlySet<string>): string[] {
  return findPlaceholders(line, referenceLabels).map((found) => found.text);
}

/** Rewrites each placeholder so a reader of the pasted text cannot miss it: `**[TODO: …]**`. */
export function flagPlaceholders(line: string, referenceLabels?: ReadonlySet<string>): string {
  return markPlaceholders(line, (placeholder) => `**[TODO: ${placeholder.slice(1, -1).trim()}]**`, (text) => text, referenceLabels);
}

/** The line with each placeholder passed through `mark` and the text around them through `other`. */
export function markPlaceholders(line: string, mark: (placeholder: string) => string, other: (text: string) => string, referenceLabels?: ReadonlySet<string>): string {
  let marked = '';
  let last = 0;
  for (const found of findPlaceholders(line, referenceLabels)) {
    marked += other(line.slice(last, found.index)) + mark(found.text);
    last = found.index + found.text.length;
  }
  return marked + other(line.slice(last));
}
