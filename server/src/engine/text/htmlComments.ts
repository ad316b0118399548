/**
 * HTML comments (`<!-- … -->`) found with indexOf rather than `/<!--[\s\S]*?-->/g`: that
 * pattern rescans to the end of the text from every `<!--` that nothing closes, and 100 KB of
 * them took 13 s (issue 8). Once one comment is unclosed, none after it can close either.
 */
export function replaceComments(text: string, replace: (comment: string) => string): string {
  let start = text.indexOf('<!--');
  if (start < 0) return text;
  let result = '';
  let from = 0;
  while (start >= 0) {
    const end = text.indexOf('-->', start + 4);
    if (end < 0) break;
    result += text.slice(from, start) + replace(text.slice(start, end + 3));
    from = end + 3;
    start = text.indexOf('<!--', from);
  }
  return result + text.slice(from);
}

/** The text with its complete comments removed; an unclosed `<!--` stays, as a renderer shows it. */
export function withoutComments(text: string): string {
  return replaceComments(text, () => '');
}

/** True when the text is one comment or more and whitespace, nothing else. */
export function isOnlyComments(text: string): boolean {
  return text.includes('<!--') && withoutComments(text).trim() === '';
}
