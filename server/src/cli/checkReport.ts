import type { Finding, Range, RuleMeta, Severity } from '../engine/index';

/** A finding as the CLI reports it: what the engine found, without the edits of its fixes. */
export interface ReportedFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Zero-based, in UTF-16 code units, as the engine and LSP count; formats add one where they count from one. */
  readonly range: Range;
  /** `leaddocs fix` can fix it. */
  readonly fixable: boolean;
}

export function reportedFinding(finding: Finding): ReportedFinding {
  return { code: finding.code, severity: finding.severity, message: finding.message, range: finding.range, fixable: finding.fixes?.some((fix) => fix.safe) ?? false };
}

/** Findings in document order; a stable sort keeps the engine's order among findings that start together. */
export function byPosition(a: ReportedFinding, b: ReportedFinding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

export interface CheckedFile {
  /** As shown to the user: relative to the current folder, with forward slashes. */
  readonly path: string;
  /** Detected type id; null for markdown that is no leadership document. */
  readonly type: string | null;
  readonly findings: readonly ReportedFinding[];
}

/** A file that could not be checked (unreadable, binary, too large, over its time budget). */
export interface FileProblem {
  readonly path: string;
  readonly message: string;
}

/** Everything a `check` run learned, in the order every format prints it: files sorted by path. */
export interface CheckReport {
  readonly toolVersion: string;
  /** The folder leaddocs ran in: every path in the report is relative to it. */
  readonly cwd: string;
  readonly files: readonly CheckedFile[];
  /** Paths and patterns that name nothing. */
  readonly pathProblems: readonly FileProblem[];
  readonly fileProblems: readonly FileProblem[];
  /** Broken settings or custom types: one sentence each, naming the file. */
  readonly configProblems: readonly string[];
  /** Metadata of every rule that may appear in `files`, for SARIF's rule list. */
  readonly rules: readonly RuleMeta[];
}

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly information: number;
  readonly hint: number;
}

export function countSeverities(files: readonly CheckedFile[]): SeverityCounts {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const file of files) for (const finding of file.findings) counts[finding.severity]++;
  return counts;
}

/** `--max-severity`: the lowest severity that fails the run, or `off` for none. */
export type FailureThreshold = Severity | 'off';
export const FAILURE_THRESHOLDS: readonly FailureThreshold[] = ['error', 'warning', 'information', 'hint', 'off'];

const RANK: Record<Severity, number> = { error: 4, warning: 3, information: 2, hint: 1 };

export function failsAt(severity: Severity, threshold: FailureThreshold): boolean {
  return threshold !== 'off' && RANK[severity] >= RANK[threshold];
}

/** `path:line:col`, counting from one, as compilers print it so terminals and editors make it a link. */
export function findingLocation(path: string, finding: ReportedFinding): string {
  return `${path}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
}
