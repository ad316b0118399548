import { LineIndex } from './lineIndex';
import type { TextEdit } from './positions';

/** Above this many line pairs the diff gives up on alignment and replaces the changed middle. */
const MAX_ALIGNMENT_CELLS = 4_000_000;

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

/** Stretches where the two line lists differ, in order. */
function alignHunks(a: readonly string[], b: readonly string[]): Hunk[] {
  if (a.length * b.length > MAX_ALIGNMENT_CELLS) return [{ fromA: 0, toA: a.length, fromB: 0, toB: b.length }];
  // common[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const common = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i * width + j] = a[i] === b[j] ? (common[(i + 1) * width + j + 1] as number) + 1 : Math.max(common[(i + 1) * width + j] as number, common[i * width + j + 1] as number);
    }
  }
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: { fromA: number; fromB: number } | undefined;
  const close = (): void => {
    if (open !== undefined) hunks.push({ fromA: open.fromA, toA: i, fromB: open.fromB, toB: j });
    open = undefined;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      close();
      i++;
      j++;
    } else {
      open ??= { fromA: i, fromB: j };
      if (j < b.length && (i >= a.length || (common[i * width + j + 1] as number) >= (common[(i + 1) * width + j] as number))) j++;
      else i++;
    }
  }
  close();
  return hunks;
}

function minimalEdit(lines: LineIndex, start: number, removed: string, added: string): TextEdit {
  let prefix = 0;
  while (prefix < removed.length && prefix < added.length && removed[prefix] === added[prefix]) prefix++;
  let suffix = 0;
  while (suffix < removed.length - prefix && suffix < added.length - prefix && removed[removed.length - 1 - suffix] === added[added.length - 1 - suffix]) suffix++;
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
