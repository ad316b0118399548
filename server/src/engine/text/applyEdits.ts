import type { LineIndex } from './lineIndex';
import type { TextEdit } from './positions';

/**
 * Applies edits made against one version of a text. Edits must not overlap; they are applied
 * from the end so earlier offsets stay valid.
 */
export function applyTextEdits(lines: LineIndex, edits: readonly TextEdit[]): string {
  const ordered = edits
    .map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let text = lines.text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of ordered) {
    if (edit.end > limit) throw new Error('Overlapping edits cannot be applied together.');
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    limit = edit.start;
  }
  return text;
}
