import type { Range } from 'vscode-languageserver-protocol';

/** A document written inline in a test, one argument per line. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** The exact range of the `occurrence`-th (0-based) appearance of `needle` in `text`. */
export function rangeOfText(text: string, needle: string, occurrence = 0): Range {
  let offset = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence + 1} times in the test document`);
  }
  return { start: positionAt(text, offset), end: positionAt(text, offset + needle.length) };
}

function positionAt(text: string, offset: number): Range['start'] {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
