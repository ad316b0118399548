import type { LeadDocument } from './leadDocument';

/** The line terminator a document already uses, so inserted lines match the author's file. */
export function lineEndingOf(document: LeadDocument): string {
  const text = document.text;
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr < 0) return '\n';
  // Old Mac files (and a stray paste) break lines with a lone `\r`: a `\n` inserted into one
  // would join the `\r` before it into a single break and swallow a blank line.
  if (lf < 0 || cr + 1 < lf) return '\r';
  return cr + 1 === lf ? '\r\n' : '\n';
}

/**
 * `inserted`, adjusted to go in at `offset` without merging line breaks with its neighbours:
 * a `\n` right after a lone `\r`, or a `\r` right before a `\n`, would become one `\r\n`
 * and lose a line (a file that mixes line endings; found by fuzzing).
 */
export function insertionKeepingBreaks(text: string, offset: number, inserted: string): string {
  let adjusted = inserted;
  if (adjusted.startsWith('\n') && text.charCodeAt(offset - 1) === 13) adjusted = '\r' + adjusted.slice(1);
  if (adjusted.endsWith('\r') && text.charCodeAt(offset) === 10) adjusted += '\n';
  return adjusted;
}
