import { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE } from './cliError';
import { countSeverities, failsAt, type CheckReport, type FailureThreshold } from './checkReport';

export interface FailurePolicy {
  readonly failAt: FailureThreshold;
  /** More warnings than this fail the run; undefined for no limit. */
  readonly maxWarnings: number | undefined;
}

/** The exit code a check (or fix) run ends with; the highest that applies wins. */
export function exitStatus(report: CheckReport, policy: FailurePolicy): number {
  if (report.pathProblems.length > 0 || report.configProblems.length > 0) return EXIT_USAGE;
  if (report.fileProblems.length > 0) return EXIT_FINDINGS;
  if (report.files.some((file) => file.findings.some((finding) => failsAt(finding.severity, policy.failAt)))) return EXIT_FINDINGS;
  if (policy.maxWarnings !== undefined && countSeverities(report.files).warning > policy.maxWarnings) return EXIT_FINDINGS;
  return EXIT_CLEAN;
}
