import type { DocumentAnalysis } from '../engine/analysis';

/** The part of an analysis the policy reads, so hosts can pass a cached or remote result. */
export type ExportableAnalysis = Pick<DocumentAnalysis, 'type' | 'typeLabel' | 'score' | 'passMark' | 'findings'>;

export interface ExportPolicyOptions {
  /** "Export Brief" passes 'brief'; "Export Document" and the CLI's default pass nothing. */
  readonly requireType?: string;
  /** How to name the required type in a refusal ("an executive brief"). */
  readonly requiredTypeLabel?: string;
}

export interface ExportVerdict {
  /** Why this command will not export the document at all; undefined when it may. */
  readonly refusal: string | undefined;
  /**
   * Reasons to ask first. The editor offers "Export anyway"; the CLI prints them and exports,
   * or refuses with `--strict`.
   */
  readonly concerns: readonly string[];
}

const LISTED_FINDINGS = 3;

/** Decides whether a document may leave the editor as it is. Pure: no UI, no IO. */
export function checkExportable(analysis: ExportableAnalysis, options: ExportPolicyOptions = {}): ExportVerdict {
  if (options.requireType !== undefined && analysis.type !== options.requireType) {
    const wanted = options.requiredTypeLabel ?? withArticle(options.requireType);
    const actual = analysis.typeLabel !== null ? `it reads as ${withArticle(analysis.typeLabel)}` : 'it is not recognised as a leadership document';
    // Host-neutral: the editor adds "use Export Document…", the CLI "drop --type".
    return {
      refusal: `This document is not ${wanted}: ${actual}. Set "type: ${options.requireType}" in its front matter if it is one.`,
      concerns: [],
    };
  }
  const concerns: string[] = [];
  const errors = analysis.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    const listed = errors.slice(0, LISTED_FINDINGS).map((finding) => finding.message);
    const more = errors.length > LISTED_FINDINGS ? ` (and ${errors.length - LISTED_FINDINGS} more)` : '';
    concerns.push(`${errors.length} error-level finding${errors.length === 1 ? '' : 's'}${more}: ${listed.join('; ')}`);
  }
  if (analysis.score !== null && analysis.score < analysis.passMark) {
    concerns.push(`Completeness is ${Math.round(analysis.score)}%, below the pass mark of ${analysis.passMark}%.`);
  }
  return { refusal: undefined, concerns };
}

function withArticle(label: string): string {
  // "Executive brief" → "an executive brief", but "ADR" stays as written.
  const phrase = /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}
