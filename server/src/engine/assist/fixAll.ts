import type { DocumentAnalysis } from '../analysis';
import type { Fix } from '../findings';
import { applyTextEdits } from '../text/applyEdits';
import { comparePositions } from '../text/compareRanges';
import type { Range, TextEdit } from '../text/positions';
import { diffEdits } from '../text/textDiff';

/** Enough for every missing section of a type to land in order; each pass must change something. */
const MAX_PASSES = 12;

/**
 * The safe fixes of one analysis that can be applied together: one per finding (its preferred
 * safe fix), skipping any that overlaps or shares an insertion point with one already taken,
 * since two inserts at one spot would land in no particular order. The next pass gets those.
 */
export function compatibleSafeFixes(analysis: DocumentAnalysis): Fix[] {
  const chosen: Fix[] = [];
  const taken: Range[] = [];
  for (const finding of analysis.findings) {
    const safe = (finding.fixes ?? []).filter((fix) => fix.safe);
    const fix = safe.find((candidate) => candidate.preferred === true) ?? safe[0];
    if (fix === undefined || fix.edits.length === 0) continue;
    if (fix.edits.some((edit) => taken.some((range) => conflicts(range, edit.range)))) continue;
    chosen.push(fix);
    taken.push(...fix.edits.map((edit) => edit.range));
  }
  return chosen;
}

/**
 * Applies safe fixes until none is left (or nothing changes), analysing after each pass so a
 * fix lands where the previous ones make it belong. Returns the final text.
 */
export function fixAllText(analysis: DocumentAnalysis, analyzeText: (text: string) => DocumentAnalysis): string {
  let current = analysis;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = compatibleSafeFixes(current);
    if (fixes.length === 0) break;
    const next = applyTextEdits(current.document.lines, fixes.flatMap((fix) => fix.edits));
    if (next === current.document.text) break;
    current = analyzeText(next);
  }
  return current.document.text;
}

/** Fix-all as edits against the analysed text: what an editor applies in one step. */
export function fixAllEdits(analysis: DocumentAnalysis, analyzeText: (text: string) => DocumentAnalysis): TextEdit[] {
  return diffEdits(analysis.document.text, fixAllText(analysis, analyzeText));
}

function conflicts(a: Range, b: Range): boolean {
  if (comparePositions(a.start, b.start) === 0) return true;
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}
