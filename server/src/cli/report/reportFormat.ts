import type { CheckReport, FailureThreshold } from '../checkReport';

export interface ReportOptions {
  /** ANSI colour; only when the output is a terminal. */
  readonly colour: boolean;
  /** The run's `--max-severity`: formats that pass or fail each finding (JUnit) follow it. */
  readonly failAt: FailureThreshold;
}

/**
 * A report format: the report's text in pieces, in order, about one file each. A CI run over a
 * large repository writes megabytes; made in pieces, the report never sits in memory whole.
 */
export type ReportFormatter = (report: CheckReport, options: ReportOptions) => Iterable<string>;

/** The whole report as one string, where a caller needs it so (tests, small reports). */
export function reportText(format: ReportFormatter, report: CheckReport, options: ReportOptions): string {
  return [...format(report, options)].join('');
}
