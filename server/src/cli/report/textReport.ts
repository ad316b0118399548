import type { Severity } from '../../engine/index';
import { countSeverities, findingLocation, type CheckReport } from '../checkReport';
import type { ReportFormatter } from './reportFormat';

const COLOURS: Record<Severity | 'path' | 'dim', [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  information: [36, 39],
  hint: [2, 22],
  path: [1, 22],
  dim: [2, 22],
};

/**
 * The readable default: `path:line:col severity code message`, one block per file (so editors
 * and terminals turn each line into a link), then one summary line.
 */
export const textReport: ReportFormatter = function* (report, { colour }) {
  const paint = (style: keyof typeof COLOURS, text: string): string => (colour ? `\u001b[${COLOURS[style][0]}m${text}\u001b[${COLOURS[style][1]}m` : text);
  const problemsByPath = new Map(report.fileProblems.map((problem) => [problem.path, problem.message]));
  // Blocks are separated by a blank line, and the last one from the summary by another.
  for (const problem of report.fileProblems) yield `${paint('path', `${problem.path}:`)} ${paint('error', 'error')} ${problem.message}\n\n`;
  for (const file of report.files) {
    if (file.findings.length === 0 || problemsByPath.has(file.path)) continue;
    let block = '';
    for (const finding of file.findings) block += `${paint('path', findingLocation(file.path, finding))} ${paint(finding.severity, finding.severity)} ${paint('dim', finding.code)} ${finding.message}\n`;
    yield `${block}\n`;
  }
  yield `${summaryLine(report)}\n`;
};

export function summaryLine(report: CheckReport): string {
  const counts = countSeverities(report.files);
  const checked = report.files.length;
  const withFindings = report.files.filter((file) => file.findings.length > 0).length;
  const files = `${checked} file${checked === 1 ? '' : 's'}`;
  const unchecked = report.fileProblems.length === 0 ? '' : `; ${report.fileProblems.length} file${report.fileProblems.length === 1 ? '' : 's'} could not be checked`;
  if (withFindings === 0) return `No findings in ${files}${unchecked}.`;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.information} information`, plural(counts.hint, 'hint')];
  return `${parts.join(', ')} in ${withFindings} of ${files}${unchecked}.`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
