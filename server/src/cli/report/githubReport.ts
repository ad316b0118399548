import type { Severity } from '../../engine/index';
import type { ReportFormatter } from './reportFormat';
import { summaryLine } from './textReport';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
 * diff. The summary line is printed as ordinary log output.
 */
export const githubReport: ReportFormatter = function* (report) {
  for (const problem of report.configProblems) yield `::error title=leaddocs configuration::${data(problem)}\n`;
  for (const problem of [...report.pathProblems, ...report.fileProblems]) {
    yield `::error file=${property(problem.path)},title=${property('leaddocs')}::${data(`${problem.path}: ${problem.message}`)}\n`;
  }
  for (const file of report.files) {
    let lines = '';
    for (const finding of file.findings) {
      const { start, end } = finding.range;
      const where = `file=${property(file.path)},line=${start.line + 1},col=${start.character + 1},endLine=${end.line + 1},endColumn=${end.character + 1}`;
      lines += `::${COMMANDS[finding.severity]} ${where},title=${property(`leaddocs ${finding.code}`)}::${data(finding.message)}\n`;
    }
    if (lines !== '') yield lines;
  }
  yield `${summaryLine(report)}\n`;
};

/** The escaping of @actions/core's `escapeData`: a message may hold `%` and line breaks. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** `escapeProperty`: a property value also must not end early at `:` or `,`. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
