import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { ruleDocumentationUrl, type RuleMeta, type Severity } from '../../engine/index';
import type { CheckReport, FileProblem, ReportedFinding } from '../checkReport';
import type { ReportFormatter } from './reportFormat';
import { streamedJson } from './streamedJson';

const LEVELS: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
/** Paths in the report are relative to the folder leaddocs ran in; code scanning resolves them against the checkout. */
const BASE_ID = '%SRCROOT%';

/**
 * SARIF 2.1.0, as GitHub code scanning and other viewers read it: every rule with its
 * description and documentation link, every finding as a result, and files or paths that could
 * not be checked as tool execution notifications.
 */
export const sarifReport: ReportFormatter = (report) => {
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  const problems = [...report.pathProblems, ...report.fileProblems];
  // Results, the bulk of a large run, are written one at a time in the place of the placeholder.
  const log = (results: string): Sarif.Log => ({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'leaddocs',
            version: report.toolVersion,
            semanticVersion: report.toolVersion,
            informationUri: 'https://github.com/leaddocs/leaddocs',
            rules: report.rules.map(sarifRule),
          },
        },
        originalUriBaseIds: { [BASE_ID]: { uri: pathToFileURL(`${report.cwd}/`).href } },
        invocations: [
          {
            executionSuccessful: problems.length + report.configProblems.length === 0,
            toolExecutionNotifications: [...report.configProblems.map((text): Sarif.Notification => ({ level: 'error', message: { text } })), ...problems.map(notification)],
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: results as unknown as Sarif.Result[],
      },
    ],
  });
  return streamedJson(log, sarifResults(report.files, ruleIndex));
};

function* sarifResults(files: CheckReport['files'], ruleIndex: ReadonlyMap<string, number>): Generator<Sarif.Result> {
  for (const file of files) for (const finding of file.findings) yield sarifResult(file.path, finding, ruleIndex.get(finding.code));
}

function sarifRule(rule: RuleMeta): Sarif.ReportingDescriptor {
  const helpUri = ruleDocumentationUrl(rule.id);
  return {
    id: rule.id,
    name: rule.id.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase()),
    shortDescription: { text: `${rule.title}.` },
    fullDescription: { text: rule.description },
    helpUri,
    help: { text: `${rule.description} See ${helpUri}`, markdown: `${rule.description}\n\n[Rule documentation](${helpUri})` },
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    properties: { tags: ['documentation', 'leaddocs'], fixable: rule.fixable },
  };
}

function sarifResult(path: string, finding: ReportedFinding, ruleIndex: number | undefined): Sarif.Result {
  const { start, end } = finding.range;
  return {
    ruleId: finding.code,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact(path),
          region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
        },
      },
    ],
  };
}

function notification(problem: FileProblem): Sarif.Notification {
  return { level: 'error', message: { text: `${problem.path}: ${problem.message}` }, locations: [{ physicalLocation: { artifactLocation: artifact(problem.path) } }] };
}

/** A relative URI reference: each segment percent-encoded, so a space or `#` in a name stays part of the path. */
function artifact(path: string): Sarif.ArtifactLocation {
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: BASE_ID };
}
