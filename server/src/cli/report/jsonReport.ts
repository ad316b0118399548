import { ruleDocumentationUrl } from '../../engine/index';
import { countSeverities, type CheckReport, type ReportedFinding } from '../checkReport';
import type { ReportFormatter } from './reportFormat';
import { streamedJson } from './streamedJson';

/**
 * Bumped only when a field is removed or changes meaning; new fields may appear in any version.
 * docs/cli.md describes every field.
 */
export const JSON_REPORT_VERSION = 1;

export const jsonReport: ReportFormatter = (report) => {
  const counts = countSeverities(report.files);
  const document = (files: unknown): Record<string, unknown> => ({
    version: JSON_REPORT_VERSION,
    tool: { name: 'leaddocs', version: report.toolVersion },
    summary: {
      files: report.files.length,
      filesWithFindings: report.files.filter((file) => file.findings.length > 0).length,
      errors: counts.error,
      warnings: counts.warning,
      information: counts.information,
      hints: counts.hint,
      problems: report.pathProblems.length + report.fileProblems.length + report.configProblems.length,
    },
    files,
    problems: [
      ...report.configProblems.map((message) => ({ kind: 'config', path: null, message })),
      ...report.pathProblems.map((problem) => ({ kind: 'path', path: problem.path, message: problem.message })),
      ...report.fileProblems.map((problem) => ({ kind: 'file', path: problem.path, message: problem.message })),
    ],
  });
  return streamedJson(document, jsonFiles(report.files));
};

function* jsonFiles(files: CheckReport['files']): Generator<Record<string, unknown>> {
  for (const file of files) yield { path: file.path, type: file.type, findings: file.findings.map(jsonFinding) };
}

function jsonFinding(finding: ReportedFinding): Record<string, unknown> {
  const { start, end } = finding.range;
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    fixable: finding.fixable,
    docs: ruleDocumentationUrl(finding.code),
  };
}
