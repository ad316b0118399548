import type { Severity } from '../../engine/index';
import type { ReportFormatter } from './reportFormat';
import { summaryLine } from './textReport';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
 * diff. The summary line is printed as ordinary log output.
 */
export const githubReport: ReportFormatter = (report) => {
  const lines: string[] = [];
  for (const problem of report.configProblems) lines.push(`::error title=leaddocs configuration::${data(problem)}`);
  for (const problem of [...report.pathProblems, ...report.fileProblems]) {
    lines.push(`::error file=${property(problem.path)},title=${property('leaddocs')}::${data(`${problem.path}: ${problem.message}`)}`);
  }
  for (const file of report.files) {
    for (const finding of file.findings) {
      const { start, end } = finding.range;
      const where = `file=${property(file.path)},line=${start.line + 1},col=${start.character + 1},endLine=${end.line + 1},endColumn=${end.character + 1}`;
      lines.push(`::${COMMANDS[finding.severity]} ${where},title=${property(`leaddocs ${finding.code}`)}::${data(finding.message)}`);
    }
  }
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
};

/** The escaping of @actions/core's `escapeData`: a message may hold `%` and line breaks. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** `escapeProperty`: a property value also must not end early at `:` or `,`. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
