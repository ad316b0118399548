import { applyTextEdits, builtinDocTypes, compatibleSafeFixes, createEngine, diffEdits, fixAllText, type LineIndex, type DocumentAnalysis, type Finding, type Fix, type Position, type Range } from '../../server/src/engine';
import { comparePositions } from '../../server/src/engine/text/compareRanges';
import { firstLostLine, firstUntargetedRewrite, sameFinding } from '../support/fixChecks';
import { teamTypeWithRequiredKeys } from '../support/generatedDocuments';

export type Analyze = (text: string) => DocumentAnalysis;

// A team type too, so schema fixes with required keys and defaults are fuzzed as well.
const engine = createEngine({ docTypes: [...builtinDocTypes, teamTypeWithRequiredKeys] });

/** The engine as the server drives it, for a document at a workspace path. */
export function analyzerFor(path: string): Analyze {
  return (text) => engine.analyze({ uri: `file:///workspace/${path}`, path, text });
}

/**
 * Every promise the engine makes about one document, checked: each broken one is a sentence
 * naming it. An exception is not caught here, so a caller can tell one from the other.
 *
 * - every finding's range lies inside the document, start before end, and no rule failed;
 * - the analysis is the same when repeated;
 * - each safe fix has valid, non-overlapping edits on the text its finding names (or pure
 *   insertions at a line boundary), loses no untouched line, removes its finding and adds no error;
 * - fix-all rewrites only what the safe fixes target, adds no error and is complete: applied
 *   again, it changes nothing.
 */
export function documentViolations(analyze: Analyze, text: string): string[] {
  const violations: string[] = [];
  const analysis = analyze(text);
  const lines = analysis.document.lines;
  for (const finding of analysis.findings) {
    if (finding.code === 'rule-failure') violations.push(`a rule failed: ${finding.message}`);
    const invalid = invalidRange(lines, finding.range);
    if (invalid !== undefined) violations.push(`${finding.code} range ${JSON.stringify(finding.range)} ${invalid}`);
  }
  if (violations.length > 0) return violations;

  if (signature(analyze(text)) !== signature(analysis)) violations.push('a second analysis of the same text differs');

  const errors = errorCount(analysis);
  for (const finding of analysis.findings) {
    for (const fix of (finding.fixes ?? []).filter((candidate) => candidate.safe)) {
      violations.push(...safeFixViolations(analyze, analysis, finding, fix, errors));
    }
  }
  if (violations.length > 0) return violations;
  return fixAllViolations(analyze, analysis, errors);
}

function safeFixViolations(analyze: Analyze, analysis: DocumentAnalysis, finding: Finding, fix: Fix, errors: number): string[] {
  const what = `safe fix '${fix.title}' of ${finding.code}`;
  const lines = analysis.document.lines;
  for (const edit of fix.edits) {
    const invalid = invalidRange(lines, edit.range);
    if (invalid !== undefined) return [`${what}: edit range ${JSON.stringify(edit.range)} ${invalid}`];
    if (isEmpty(edit.range)) {
      if (!atLineBoundary(lines, edit.range.start)) return [`${what} inserts in the middle of line ${edit.range.start.line}: ${quoted(lines.lineText(edit.range.start.line))}`];
    } else if (!touches(edit.range, finding.range)) {
      return [`${what} replaces ${quoted(textIn(lines, edit.range))}, away from its finding at ${JSON.stringify(finding.range)}`];
    }
  }
  let after: string;
  try {
    after = applyTextEdits(lines, fix.edits);
  } catch (error) {
    return [`${what}: ${(error as Error).message}`];
  }
  const violations: string[] = [];
  const lost = firstLostLine(analysis.document.text, after, fix.edits);
  if (lost !== undefined) violations.push(`${what} loses the line ${quoted(lost)}`);
  const again = analyze(after);
  if (again.findings.some((other) => sameFinding(other, finding))) violations.push(`${what} leaves its finding`);
  if (errorCount(again) > errors) violations.push(`${what} raises the errors from ${errors} to ${errorCount(again)}: ${newErrors(analysis, again)}`);
  return violations;
}

function fixAllViolations(analyze: Analyze, analysis: DocumentAnalysis, errors: number): string[] {
  const text = analysis.document.text;
  const fixed = fixAllText(analysis, analyze);
  if (fixed === text) return [];
  const violations: string[] = [];
  const targets = compatibleSafeFixes(analysis).flatMap((fix) => fix.edits);
  const rewritten = firstUntargetedRewrite(text, diffEdits(text, fixed), targets);
  if (rewritten !== undefined) violations.push(`fix-all rewrites ${quoted(rewritten)}, which no safe fix targets`);
  const lost = firstLostLine(text, fixed, targets);
  if (lost !== undefined) violations.push(`fix-all loses the line ${quoted(lost)}`);
  const fixedAnalysis = analyze(fixed);
  if (errorCount(fixedAnalysis) > errors) violations.push(`fix-all raises the errors from ${errors} to ${errorCount(fixedAnalysis)}: ${newErrors(analysis, fixedAnalysis)}`);
  if (fixAllText(fixedAnalysis, analyze) !== fixed) violations.push('a second fix-all changes the text again');
  return violations;
}

/** Why a range cannot be in this document, or undefined when it can. */
function invalidRange(lines: LineIndex, range: Range): string | undefined {
  for (const position of [range.start, range.end]) {
    if (!Number.isInteger(position.line) || position.line < 0 || position.line >= lines.lineCount) return `has line ${position.line}, outside 0..${lines.lineCount - 1}`;
    const length = lines.lineText(position.line).length;
    if (!Number.isInteger(position.character) || position.character < 0 || position.character > length) return `has character ${position.character} on line ${position.line}, outside 0..${length}`;
  }
  if (comparePositions(range.start, range.end) > 0) return 'ends before it starts';
  return undefined;
}

function atLineBoundary(lines: LineIndex, position: Position): boolean {
  // A block inserted at the top of a file goes after its byte order mark.
  const afterBom = position.line === 0 && position.character === 1 && lines.text.startsWith('\uFEFF');
  return position.character === 0 || position.character === lines.lineText(position.line).length || afterBom;
}

/** Overlapping or adjacent: a fix edits the text its finding names, or what borders it. */
function touches(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

function isEmpty(range: Range): boolean {
  return comparePositions(range.start, range.end) === 0;
}

/** Text for a message: a fuzzed line can run to tens of kilobytes. */
function quoted(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}

function textIn(lines: LineIndex, range: Range): string {
  return lines.text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

function errorCount(analysis: DocumentAnalysis): number {
  return analysis.findings.filter((finding) => finding.severity === 'error').length;
}

function newErrors(before: DocumentAnalysis, after: DocumentAnalysis): string {
  const known = before.findings.filter((finding) => finding.severity === 'error');
  return JSON.stringify(after.findings.filter((finding) => finding.severity === 'error' && !known.some((old) => sameFinding(old, finding))).map((finding) => finding.message));
}

/** What an analysis concluded, without the parsed document it carries. */
function signature(analysis: DocumentAnalysis): string {
  const { type, variant, title, status, fields, checklist, score, passed, findings, catalogEntry } = analysis;
  return JSON.stringify({ type, variant, title, status, fields, checklist, score, passed, findings, catalogEntry });
}
