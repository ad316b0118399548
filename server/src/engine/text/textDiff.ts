import { LineIndex } from './lineIndex';
import type { TextEdit } from './positions';

/**
 * Above this many differing lines the diff gives up on alignment and replaces the changed
 * middle. The search costs (lines × differing lines), so a fix-all on a long document, which
 * differs in a few places, stays cheap and exact.
 */
const MAX_DIFFERING_LINES = 1_000;
/** And above this much work (lines × differing lines), for the longest documents. */
const MAX_ALIGNMENT_WORK = 20_000_000;

/**
 * Edits that turn `before` into `after`, each as small as it can be: lines are aligned first
 * (longest common subsequence), then each changed stretch loses the characters it shares at
 * both ends. So a fix-all made of several passes still reaches the editor as the inserts and
 * replacements it is, never as a rewrite of text the author wrote.
 */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const lines = new LineIndex(before);
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);

  const edits: TextEdit[] = [];
  const offsetA = sum(a, 0, head);
  for (const hunk of alignHunks(middleA, middleB)) {
    const start = offsetA + sum(middleA, 0, hunk.fromA);
    if (hunk.toA - hunk.fromA === hunk.toB - hunk.fromB) {
      // As many lines out as in: each line changed on its own (two values fixed on adjacent
      // lines), so no edit spans the unchanged text between them.
      let lineStart = start;
      for (let index = 0; index < hunk.toA - hunk.fromA; index++) {
        const removed = middleA[hunk.fromA + index] as string;
        const added = middleB[hunk.fromB + index] as string;
        if (removed !== added) edits.push(minimalEdit(lines, lineStart, removed, added));
        lineStart += removed.length;
      }
      continue;
    }
    const removed = middleA.slice(hunk.fromA, hunk.toA).join('');
    const added = middleB.slice(hunk.fromB, hunk.toB).join('');
    edits.push(minimalEdit(lines, start, removed, added));
  }
  return edits;
}

interface Hunk {
  readonly fromA: number;
  readonly toA: number;
  readonly fromB: number;
  readonly toB: number;
}

/**
 * Stretches where the two line lists differ, in order: Myers' shortest edit script, whose cost
 * grows with the number of differing lines, not with the product of the lengths. (A table of
 * every line pair gave up above 2,000 lines and rewrote everything between two fixes; found by
 * fuzzing.)
 */
function alignHunks(a: readonly string[], b: readonly string[]): Hunk[] {
  // Lines are matched on their text alone, so `d` at the end of a file matches the `d\n` a fix
  // appends after; hunksFromTrace turns the changed break into an edit of its own.
  const keyA = a.map(withoutBreak);
  const keyB = b.map(withoutBreak);
  const whole = [{ fromA: 0, toA: a.length, fromB: 0, toB: b.length }];
  const limit = Math.min(a.length + b.length, MAX_DIFFERING_LINES, Math.floor(MAX_ALIGNMENT_WORK / Math.max(1, a.length + b.length)));
  const offset = limit + 1;
  // furthest[offset + k]: how far along `a` the best path on diagonal k (x − y) has reached.
  const furthest = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(furthest.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (furthest[offset + k - 1] as number) < (furthest[offset + k + 1] as number));
      let x = down ? (furthest[offset + k + 1] as number) : (furthest[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < a.length && y < b.length && keyA[x] === keyB[y]) {
        x++;
        y++;
      }
      furthest[offset + k] = x;
      if (x >= a.length && y >= b.length) return hunksFromTrace(trace, a, b);
    }
  }
  return whole;
}

/** Walks the search back from the end, then groups the steps that are not shared lines. */
function hunksFromTrace(trace: readonly Int32Array[], a: readonly string[], b: readonly string[]): Hunk[] {
  // For each d, trace[d] holds diagonals −d−1 … d+1 as they were before step d.
  const shared: Array<[number, number]> = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const before = trace[d] as Int32Array;
    const at = (k: number): number => before[k + d + 1] as number;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX + (d === 0 || down ? 0 : 1) && y > previousY + (d === 0 || !down ? 0 : 1)) {
      x--;
      y--;
      shared.push([x, y]);
    }
    x = previousX;
    y = previousY;
  }
  shared.reverse();
  // Stretches between shared lines, and each shared line whose break changed (text matched,
  // `d` against `d\n`) as a one-line stretch of its own.
  const stretches: Array<Hunk & { readonly rebroken: boolean }> = [];
  let i = 0;
  let j = 0;
  for (const [sharedA, sharedB] of [...shared, [a.length, b.length] as [number, number]]) {
    if (sharedA > i || sharedB > j) stretches.push({ fromA: i, toA: sharedA, fromB: j, toB: sharedB, rebroken: false });
    if (sharedA < a.length && a[sharedA] !== b[sharedB]) stretches.push({ fromA: sharedA, toA: sharedA + 1, fromB: sharedB, toB: sharedB + 1, rebroken: true });
    i = sharedA + 1;
    j = sharedB + 1;
  }
  // A rebroken line joins the stretch right after it (lines appended after a last line that had
  // no break), and an insertion or deletion right before it, so no two edits start at one place.
  const hunks: Array<Hunk & { readonly rebroken: boolean }> = [];
  for (const stretch of stretches) {
    const previous = hunks[hunks.length - 1];
    const touches = previous !== undefined && previous.toA === stretch.fromA && previous.toB === stretch.fromB;
    const previousUneven = previous !== undefined && previous.toA - previous.fromA !== previous.toB - previous.fromB;
    if (touches && (previous.rebroken || (stretch.rebroken && previousUneven))) {
      // Still ends in a rebroken line when this one is, so a stretch after it joins too.
      hunks[hunks.length - 1] = { fromA: previous.fromA, toA: stretch.toA, fromB: previous.fromB, toB: stretch.toB, rebroken: stretch.rebroken };
    } else hunks.push(stretch);
  }
  return hunks;
}

function withoutBreak(line: string): string {
  if (line.endsWith('\r\n')) return line.slice(0, -2);
  return line.endsWith('\n') || line.endsWith('\r') ? line.slice(0, -1) : line;
}

function minimalEdit(lines: LineIndex, start: number, removed: string, added: string): TextEdit {
  let prefix = 0;
  while (prefix < removed.length && prefix < added.length && removed[prefix] === added[prefix]) prefix++;
  let suffix = 0;
  while (suffix < removed.length - prefix && suffix < added.length - prefix && removed[removed.length - 1 - suffix] === added[added.length - 1 - suffix]) suffix++;
  // A position between the `\r` and the `\n` of one line break does not exist in an editor.
  if (prefix > 0 && removed[prefix - 1] === '\r' && removed[prefix] === '\n') prefix--;
  if (suffix > 0 && removed[removed.length - suffix] === '\n' && removed[removed.length - suffix - 1] === '\r') suffix--;
  return { range: lines.rangeOfOffsets(start + prefix, start + removed.length - suffix), newText: added.slice(prefix, added.length - suffix) };
}

/** Lines with their terminators, so joining them gives the text back exactly. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 10 /* \n */ && code !== 13 /* \r */) continue;
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++;
    lines.push(text.slice(start, index + 1));
    start = index + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

function sum(parts: readonly string[], from: number, to: number): number {
  let total = 0;
  for (let index = from; index < to; index++) total += (parts[index] as string).length;
  return total;
}
