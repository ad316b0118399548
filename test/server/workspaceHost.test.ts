import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { builtinDocTypes, createEngine, type Finding } from '../../server/src/engine';
import { loadWorkspaceHost } from '../../server/src/host/nodeWorkspace';
import { findWorkspaceRoot } from '../../server/src/host/workspaceRoot';
import { readWorkspaceSettings } from '../../server/src/host/workspaceSettings';
import { nygardWithEmptyDecision } from '../support/adrTexts';
import { joinLines } from '../support/documentText';
import { LspTestClient } from '../support/lspClient';
import { memoryFiles } from '../support/memoryFiles';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

describe('workspace discovery', () => {
  it('walks up from a file to the nearest folder with a marker, whichever marker it is', async () => {
    const files = memoryFiles({ 'file:///repo/.git': '', 'file:///repo/docs/.leaddocs.json': '{}', 'file:///other/.vscode/settings.json': '{}' });
    assert.equal(await findWorkspaceRoot('file:///repo/docs/adr/0001-x.md', files), 'file:///repo/docs');
    assert.equal(await findWorkspaceRoot('file:///repo/src/notes.md', files), 'file:///repo');
    assert.equal(await findWorkspaceRoot('file:///repo/', files), 'file:///repo', 'a folder can be its own workspace');
    assert.equal(await findWorkspaceRoot('file:///other/a/b/c.md', files), 'file:///other');
    assert.equal(await findWorkspaceRoot('file:///nowhere/x.md', files), undefined);
  });
});

describe('workspace settings files', () => {
  it('reads leaddocs.* keys from JSON with comments and trailing commas, .vscode/settings.json winning', async () => {
    const files = memoryFiles({
      'file:///repo/.leaddocs.json': joinLines('{', '  // team defaults', '  "passMark": 70,', '  "leaddocs.customTypes": ["okr.doctype.json"],', '}'),
      'file:///repo/.vscode/settings.json': joinLines('{', '  /* editor */ "editor.tabSize": 2,', '  "leaddocs.passMark": 90,', '  "leaddocs.rules": { "section-order": "off", },', '}'),
    });
    const { section, problems } = await readWorkspaceSettings('file:///repo', files);
    assert.deepEqual(section, { passMark: 90, customTypes: ['okr.doctype.json'], rules: { 'section-order': 'off' } });
    assert.deepEqual(problems, []);
  });

  it('keeps what parses from a broken file and names the line without echoing the content', async () => {
    const files = memoryFiles({ 'file:///repo/.vscode/settings.json': joinLines('{', '  "leaddocs.passMark": 90,', '  "leaddocs.rules": { "secret-token-abc" }', '}') });
    const { section, problems } = await readWorkspaceSettings('file:///repo', files);
    assert.equal(section['passMark'], 90);
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /^\.vscode\/settings\.json has a syntax error \(\w+ on line 3\)/);
    assert.doesNotMatch(problems[0] ?? '', /secret-token-abc/);
  });
});

/** A team's own type, and the settings that bring it in, as a team would commit them. */
const okrSpec = {
  id: 'okr',
  label: 'Quarterly OKRs',
  detect: { paths: ['**/okrs/**'] },
  sections: [
    { id: 'objective', title: 'Objective', required: true },
    { id: 'key-results', title: 'Key Results', required: true },
  ],
  checklist: [{ id: 'okr-key-results', label: 'At least two key results', check: { kind: 'listItems', section: 'key-results', min: 2 }, section: 'key-results' }],
};
const teamSettings = {
  passMark: 95,
  rules: { 'required-section': 'error', 'section-order': 'off' },
  'documentTypes.paths': { adr: ['records/**'] },
  customTypes: ['team/okr.doctype.json'],
};
const settingsJson = joinLines(
  '{',
  '  // Leaddocs: what this team agreed on',
  ...Object.entries(teamSettings).map(([key, value]) => `  "leaddocs.${key}": ${JSON.stringify(value)},`),
  '  "editor.wordWrap": "on",',
  '}',
);
const documents = {
  // An ADR only by its folder (no "ADR" in its name or front matter): the path glob decides.
  'records/use-postgres.md': nygardWithEmptyDecision,
  'planning/okrs/q3.md': joinLines('---', 'type: okr', '---', '# Q3 platform OKRs', '', '## Objective', '', 'Make deploys boring.'),
};

const SEVERITY_NAMES: Record<number, Finding['severity']> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

function comparable(finding: Pick<Finding, 'code' | 'severity' | 'message' | 'range'>): string {
  return JSON.stringify([finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character, finding.code, finding.severity, finding.message]);
}

function fromDiagnostic(diagnostic: Diagnostic): string {
  return comparable({ code: String(diagnostic.code), severity: SEVERITY_NAMES[diagnostic.severity ?? DiagnosticSeverity.Error] ?? 'error', message: String(diagnostic.message), range: diagnostic.range });
}

describe('the CLI and the language server judge a workspace alike', () => {
  let root: string;
  let client: LspTestClient;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'leaddocs-host-'));
    const write = (path: string, text: string): void => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('.vscode/settings.json', settingsJson);
    write('team/okr.doctype.json', JSON.stringify(okrSpec));
    for (const [path, text] of Object.entries(documents)) write(path, text);
    client = await LspTestClient.start({ workspaceFolders: [pathToFileURL(root).href], settings: teamSettings });
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  for (const [path, text] of Object.entries(documents)) {
    it(`gives ${path} the same findings from the CLI's workspace as over LSP`, async () => {
      const uri = pathToFileURL(join(root, path)).href;
      client.open(uri, text);
      // Generous: the first analysis starts the server's worker threads, slow on a loaded machine.
      const { diagnostics } = await client.diagnostics(uri, undefined, 30_000);
      const info = await client.documentInfo(uri);

      // Started from the document, as `leaddocs export docs/x.md` is, from a folder elsewhere.
      const workspace = await loadWorkspaceHost(join(root, path), tmpdir());
      assert.equal(workspace.rootUri, pathToFileURL(root).href);
      assert.deepEqual(workspace.problems, []);
      const analysis = await workspace.analyze(uri, text);

      assert.ok(diagnostics.length > 0);
      assert.deepEqual(analysis.findings.map(comparable).sort(), diagnostics.map(fromDiagnostic).sort());
      assert.equal(analysis.type, info.type);
      assert.equal(analysis.passMark, 95);
      assert.equal(info.passMark, 95);
      // The settings make a difference, so the equality above is not the defaults agreeing.
      const byDefault = createEngine({ docTypes: builtinDocTypes }).analyze({ uri, text, path });
      assert.notDeepEqual(byDefault.findings.map(comparable).sort(), diagnostics.map(fromDiagnostic).sort());
    });
  }

  it('makes `leaddocs export --strict` use the team pass mark and rule severities', () => {
    const path = join(root, 'records', 'use-postgres.md');
    const result = spawnSync(process.execPath, [CLI, 'export', path, '--format', 'md', '--strict'], { cwd: tmpdir(), encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /below the pass mark of 95%/);
    // required-section is an error only because the team said so.
    assert.match(result.stderr, /error-level finding.*Consequences/);
  });
});
