import type { CheckReport, FailureThreshold } from '../checkReport';

export interface ReportOptions {
  /** ANSI colour; only when the output is a terminal. */
  readonly colour: boolean;
  /** The run's `--max-severity`: formats that pass or fail each finding (JUnit) follow it. */
  readonly failAt: FailureThreshold;
}

/** A report format: the whole report as the text to write. */
export type ReportFormatter = (report: CheckReport, options: ReportOptions) => string;
