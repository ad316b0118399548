import { LineIndex, type Finding, type TextEdit } from '../../server/src/engine';

/**
 * The first line of `before` that no edit touches and that is missing from `after` (in order),
 * or undefined when every untouched line is kept: what "the fix is lossless" means.
 */
export function firstLostLine(before: string, after: string, edits: readonly TextEdit[]): string | undefined {
  const touched = new Set<number>();
  for (const edit of edits) {
    const isLineInsert = edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character && edit.range.start.character === 0;
    if (isLineInsert) continue;
    for (let line = edit.range.start.line; line <= edit.range.end.line; line++) touched.add(line);
  }
  const kept = before.split(/\r\n|\r|\n/).filter((_, line) => !touched.has(line));
  const remaining = after.split(/\r\n|\r|\n/);
  let cursor = 0;
  for (const line of kept) {
    const found = remaining.indexOf(line, cursor);
    if (found < 0) return line;
    cursor = found + 1;
  }
  return undefined;
}

/** The same finding in another analysis: same rule, same payload (ranges move when text is inserted). */
export function sameFinding(a: Finding, b: Finding): boolean {
  return a.code === b.code && JSON.stringify(a.data ?? {}) === JSON.stringify(b.data ?? {});
}

/**
 * The text of the first edit of a fix-all diff that rewrites lines no safe fix targeted, or
 * undefined. Pure insertions are fine anywhere: they rewrite nothing the author wrote.
 */
export function firstUntargetedRewrite(before: string, diff: readonly TextEdit[], targets: readonly TextEdit[]): string | undefined {
  const lines = new LineIndex(before);
  for (const edit of diff) {
    const replaced = before.slice(lines.offsetAt(edit.range.start), lines.offsetAt(edit.range.end));
    if (replaced === '') continue;
    if (!targets.some((target) => target.range.start.line <= edit.range.start.line && edit.range.end.line <= target.range.end.line)) return replaced;
  }
  return undefined;
}
