import { failsAt, findingLocation, type CheckedFile } from '../checkReport';
import type { ReportFormatter, ReportOptions } from './reportFormat';

/**
 * JUnit XML, as CI systems (GitLab, Jenkins, Azure) show test results: one suite per file, one
 * case per finding. A finding fails its case when it would fail the run (`--max-severity`);
 * a clean file is one passing case, and a file that could not be checked is an error.
 */
export const junitReport: ReportFormatter = function* (report, options) {
  const problems = [...report.configProblems.map((message) => ({ path: 'configuration', message })), ...report.pathProblems, ...report.fileProblems];
  const tests = report.files.reduce((sum, file) => sum + Math.max(1, file.findings.length), 0);
  const failures = report.files.reduce((sum, file) => sum + file.findings.filter((finding) => failsAt(finding.severity, options.failAt)).length, 0);
  const errors = problems.length;
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="leaddocs" tests="${tests + errors}" failures="${failures}" errors="${errors}">\n`;
  for (const file of report.files) yield `${suite(file, options)}\n`;
  for (const problem of problems) {
    yield `  <testsuite name="${xml(problem.path)}" tests="1" failures="0" errors="1">\n    <testcase classname="${xml(problem.path)}" name="${xml(problem.path)}">\n      <error message="${xml(problem.message)}">${xml(`${problem.path}: ${problem.message}`)}</error>\n    </testcase>\n  </testsuite>\n`;
  }
  yield '</testsuites>\n';
};

function suite(file: CheckedFile, options: ReportOptions): string {
  const name = xml(file.path);
  if (file.findings.length === 0) return `  <testsuite name="${name}" tests="1" failures="0" errors="0">\n    <testcase classname="${name}" name="${name}"/>\n  </testsuite>`;
  const failures = file.findings.filter((finding) => failsAt(finding.severity, options.failAt)).length;
  const cases = file.findings.map((finding) => {
    const line = `${findingLocation(file.path, finding)} ${finding.severity} ${finding.code} ${finding.message}`;
    const body = failsAt(finding.severity, options.failAt) ? `<failure message="${xml(finding.message)}" type="${finding.severity}">${xml(line)}</failure>` : `<system-out>${xml(line)}</system-out>`;
    return `    <testcase classname="${name}" name="${xml(`${findingLocation(file.path, finding)} ${finding.code}`)}">\n      ${body}\n    </testcase>`;
  });
  return `  <testsuite name="${name}" tests="${file.findings.length}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
}

/** Text for an XML attribute or element: escaped, and without the characters XML 1.0 forbids. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
