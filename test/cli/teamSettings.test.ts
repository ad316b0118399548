import assert from 'node:assert/strict';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ADR_WITH_WARNINGS, assertNoStack, inWorkspace as inFreshWorkspace, leaddocs, writeFiles } from './cliTestSupport';

interface JsonReport {
  readonly files: ReadonlyArray<{ readonly findings: ReadonlyArray<{ readonly code: string; readonly severity: string }> }>;
}

function severityOf(stdout: string, code: string): string | undefined {
  return (JSON.parse(stdout) as JsonReport).files.flatMap((file) => file.findings).find((finding) => finding.code === code)?.severity;
}

function inWorkspace(files: Record<string, string>, test: (root: string) => void): void {
  inFreshWorkspace({ 'docs/decisions/0001-use-postgresql.md': ADR_WITH_WARNINGS, ...files }, test);
}

describe('the team settings file in the CLI', () => {
  it('.leaddocs.yaml sets a rule\'s severity, and .vscode/settings.json wins over it rule by rule', () => {
    inWorkspace({ '.leaddocs.yaml': 'rules:\n  unknown-status: error\n  date-format: "off"\n' }, (root) => {
      const result = leaddocs(['check', '--format', 'json'], root);
      assert.equal(result.status, 1, result.stderr);
      assert.equal(severityOf(result.stdout, 'unknown-status'), 'error');
      assert.equal(severityOf(result.stdout, 'date-format'), undefined);

      writeFiles(root, { '.vscode/settings.json': JSON.stringify({ 'leaddocs.rules': { 'unknown-status': 'hint' } }) });
      const overridden = leaddocs(['check', '--format', 'json'], root);
      assert.equal(overridden.status, 0, overridden.stderr);
      assert.equal(severityOf(overridden.stdout, 'unknown-status'), 'hint');
      assert.equal(severityOf(overridden.stdout, 'date-format'), undefined, 'the file\'s other rules still apply');
    });
  });

  it('a broken team file is named on stderr, the check still runs with the other settings, and the exit code is 2', () => {
    inWorkspace({ '.leaddocs.json': '{ "rules": { "unknown-status": "error", } "passMark": 10 }' }, (root) => {
      const result = leaddocs(['check'], root);
      assert.equal(result.status, 2);
      assert.equal(result.stderr, 'leaddocs: .leaddocs.json is not valid JSON (CommaExpected on line 1); its settings are ignored.\n');
      assert.match(result.stdout, /warning unknown-status/);
      assertNoStack(result);
    });
  });

  it('a team file that leads outside the workspace is refused, never read', () => {
    const outside = join(tmpdir(), `leaddocs-team-secret-${process.pid}.yaml`);
    writeFileSync(outside, 'rules:\n  unknown-status: "off"\nsecret: hunter2\n');
    inWorkspace({}, (root) => {
      symlinkSync(outside, join(root, '.leaddocs.yaml'));
      const result = leaddocs(['check', '--format', 'json'], root);
      assert.equal(result.status, 2);
      assert.equal(result.stderr, 'leaddocs: .leaddocs.yaml lies outside the workspace folder; its settings are ignored.\n');
      assert.equal(severityOf(result.stdout, 'unknown-status'), 'warning');
      assert.doesNotMatch(result.stderr, /hunter2/);
    });
    rmSync(outside, { force: true });
  });
});
