import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import type * as Sarif from 'sarif';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { allRules, ruleFailureMeta } from '../../server/src/engine';
import type { CheckReport } from '../../server/src/cli/checkReport';
import { githubReport } from '../../server/src/cli/report/githubReport';
import { jsonReport } from '../../server/src/cli/report/jsonReport';
import { junitReport } from '../../server/src/cli/report/junitReport';
import { sarifReport } from '../../server/src/cli/report/sarifReport';
import { reportText } from '../../server/src/cli/report/reportFormat';
import { textReport } from '../../server/src/cli/report/textReport';
import { ADR_WITH_ERROR, buildCli, leaddocs, makeWorkspace } from './cliTestSupport';

const range = (line: number, character: number, endLine: number, endCharacter: number): CheckReport['files'][number]['findings'][number]['range'] => ({ start: { line, character }, end: { line: endLine, character: endCharacter } });

/** A report with every kind of content a format must carry, and text that needs escaping. */
const REPORT: CheckReport = {
  toolVersion: '9.8.7',
  cwd: '/work/repo',
  files: [
    {
      path: 'docs/decisions/0001 a,b:c.md',
      type: 'adr',
      findings: [
        { code: 'front-matter-schema', severity: 'error', message: "'status' must be string: 100% <sure> & \"quoted\",\nsecond line", range: range(1, 8, 1, 18), fixable: false },
        { code: 'unknown-status', severity: 'warning', message: 'Unknown status.', range: range(1, 8, 1, 18), fixable: true },
        { code: 'checklist-item', severity: 'information', message: 'Checklist: not yet\u0001.', range: range(6, 0, 6, 20), fixable: false },
      ],
    },
    { path: 'docs/decisions/0002-clean.md', type: 'adr', findings: [] },
    { path: 'README.md', type: null, findings: [] },
  ],
  pathProblems: [{ path: 'missing/**', message: 'no markdown file matches this pattern.' }],
  fileProblems: [{ path: 'docs/image.md', message: 'a binary file, not markdown; not checked.' }],
  configProblems: ['.vscode/settings.json has a syntax error (InvalidSymbol on line 2); settings after it may be ignored.'],
  rules: [...allRules.map((rule) => rule.meta), ruleFailureMeta],
};
const OPTIONS = { colour: false, failAt: 'error' } as const;

const sarifSchema = JSON.parse(readFileSync(join(__dirname, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

function assertValidSarif(text: string): void {
  const valid = validateSarif(JSON.parse(text));
  assert.ok(valid, JSON.stringify(validateSarif.errors, null, 2));
}

describe('report formats', () => {
  it('json: versioned, one-based positions, every problem with its kind', () => {
    const json = JSON.parse(reportText(jsonReport, REPORT, OPTIONS)) as Record<string, unknown>;
    assert.equal(json['version'], 1);
    assert.deepEqual(json['tool'], { name: 'leaddocs', version: '9.8.7' });
    assert.deepEqual(json['summary'], { files: 3, filesWithFindings: 1, errors: 1, warnings: 1, information: 1, hints: 0, problems: 3 });
    const [first] = (json['files'] as Array<{ findings: unknown[] }>)[0]?.findings ?? [];
    assert.deepEqual(first, {
      code: 'front-matter-schema',
      severity: 'error',
      message: REPORT.files[0]?.findings[0]?.message,
      line: 2,
      column: 9,
      endLine: 2,
      endColumn: 19,
      fixable: false,
      docs: 'https://github.com/leaddocs/leaddocs#rule-front-matter-schema',
    });
    assert.deepEqual(
      (json['problems'] as Array<{ kind: string }>).map((problem) => problem.kind),
      ['config', 'path', 'file'],
    );
  });

  it('sarif: valid against the official SARIF 2.1.0 schema, with rule metadata and help URIs', () => {
    const text = reportText(sarifReport, REPORT, OPTIONS);
    assertValidSarif(text);
    const run = (JSON.parse(text) as Sarif.Log).runs[0] as Sarif.Run;
    const rules = run.tool.driver.rules ?? [];
    assert.deepEqual(rules.map((rule) => rule.id), REPORT.rules.map((rule) => rule.id));
    assert.ok(rules.every((rule) => rule.helpUri === `https://github.com/leaddocs/leaddocs#rule-${rule.id}` && (rule.shortDescription?.text.length ?? 0) > 0));
    const results = run.results ?? [];
    assert.deepEqual(results.map((result) => result.level), ['error', 'warning', 'note']);
    assert.equal(rules[results[1]?.ruleIndex ?? -1]?.id, 'unknown-status');
    assert.deepEqual(results[0]?.locations?.[0]?.physicalLocation, { artifactLocation: { uri: 'docs/decisions/0001%20a%2Cb%3Ac.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 9, endLine: 2, endColumn: 19 } });
    assert.equal(run.invocations?.[0]?.executionSuccessful, false);
    assert.equal(run.invocations?.[0]?.toolExecutionNotifications?.length, 3);
  });

  it('sarif from the real command line is valid too', () => {
    buildCli();
    const root = makeWorkspace({ 'docs/decisions/0001-error.md': ADR_WITH_ERROR, 'docs/decisions/0002-image.md': Buffer.from([0, 1, 2]) });
    try {
      const result = leaddocs(['check', '--format', 'sarif'], root);
      assert.equal(result.status, 1, result.stderr);
      assertValidSarif(result.stdout);
      assert.match(result.stdout, /"ruleId": "front-matter-schema"/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('github: workflow commands with positions, escaped data and properties', () => {
    const lines = reportText(githubReport, REPORT, OPTIONS).trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, 3), [
      '::error title=leaddocs configuration::.vscode/settings.json has a syntax error (InvalidSymbol on line 2); settings after it may be ignored.',
      '::error file=missing/**,title=leaddocs::missing/**: no markdown file matches this pattern.',
      '::error file=docs/image.md,title=leaddocs::docs/image.md: a binary file, not markdown; not checked.',
    ]);
    assert.equal(lines[3], `::error file=docs/decisions/0001 a%2Cb%3Ac.md,line=2,col=9,endLine=2,endColumn=19,title=leaddocs front-matter-schema::'status' must be string: 100%25 <sure> & "quoted",%0Asecond line`);
    assert.match(lines[4] ?? '', /^::warning file=.*,title=leaddocs unknown-status::Unknown status\.$/);
    assert.match(lines[5] ?? '', /^::notice file=.*line=7,col=1,/);
    assert.equal(lines[6], '1 error, 1 warning, 1 information, 0 hints in 1 of 3 files; 1 file could not be checked.');
  });

  it('junit: well-formed XML, one suite per file, failures at --max-severity', () => {
    for (const [failAt, failures] of [['error', 1], ['warning', 2], ['off', 0]] as const) {
      const xml = reportText(junitReport, REPORT, { colour: false, failAt });
      const errors: string[] = [];
      const document = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
      assert.deepEqual(errors, []);
      const root = document.documentElement;
      assert.equal(root?.getAttribute('failures'), String(failures));
      assert.equal(root?.getAttribute('errors'), '3');
      assert.equal(document.getElementsByTagName('failure').length, failures);
      assert.equal(document.getElementsByTagName('testsuite').length, 6);
      assert.equal(root?.getAttribute('tests'), String(3 + 1 + 1 + 3));
    }
    assert.ok(!reportText(junitReport, REPORT, OPTIONS).includes('\u0001'));
  });

  it('text: colour only when asked, the same words either way', () => {
    const plain = reportText(textReport, REPORT, OPTIONS);
    const coloured = reportText(textReport, REPORT, { ...OPTIONS, colour: true });
    const escape = '\u001b';
    assert.ok(!plain.includes(escape));
    assert.ok(coloured.includes(`${escape}[31merror${escape}[39m`));
    assert.equal(coloured.split(escape).map((part, index) => (index === 0 ? part : part.replace(/^\[\d+m/, ''))).join(''), plain);
    assert.match(plain, /^docs\/image\.md: error a binary file, not markdown; not checked\.$/m);
  });
});
