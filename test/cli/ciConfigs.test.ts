import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { ADR_VALID, ADR_WITH_ERROR, buildCli, CLI, makeWorkspace, ROOT } from './cliTestSupport';

/**
 * Each ready-made CI configuration is run, not read: its `leaddocs` command lines are taken from
 * the YAML and run in a shell, against a workspace with one broken ADR, with `leaddocs` on PATH.
 * Install steps are left out: the package is installed from this checkout's bundle instead.
 */
describe('ready-made CI configurations', () => {
  let bin: string;
  let workspace: string;
  before(() => {
    buildCli();
    bin = mkdtempSync(join(tmpdir(), 'leaddocs-bin-'));
    writeFileSync(join(bin, 'leaddocs'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(bin, 'leaddocs'), 0o755);
  });
  after(() => rmSync(bin, { recursive: true, force: true }));

  const freshWorkspace = (): string => {
    workspace = makeWorkspace({ 'docs/decisions/0001-error.md': ADR_WITH_ERROR, 'docs/decisions/0002-valid.md': ADR_VALID.replace('# Use PostgreSQL for orders', '# Use Redis for sessions') });
    run('leaddocs log');
    return workspace;
  };
  const run = (command: string): { status: number | null; stdout: string; stderr: string } =>
    spawnSync('sh', ['-c', command], { cwd: workspace, encoding: 'utf8', env: { ...process.env, PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` }, timeout: 120_000 });
  const leaddocsLines = (script: string): string[] =>
    script
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('leaddocs '));

  it('GitHub Actions: annotations fail the job on the error, SARIF is written and uploaded, the log is current', () => {
    const workflow = parse(readFileSync(join(ROOT, 'examples/ci/github-actions.yml'), 'utf8')) as { jobs: Record<string, { steps: Array<{ run?: string; uses?: string; with?: Record<string, string> }> }> };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const commands = steps.flatMap((step) => leaddocsLines(step.run ?? ''));
    assert.deepEqual(commands, ['leaddocs check --format github', 'leaddocs check --format sarif --output leaddocs.sarif --max-severity off', 'leaddocs log --check']);
    try {
      freshWorkspace();
      const annotations = run(commands[0] as string);
      assert.equal(annotations.status, 1);
      assert.match(annotations.stdout, /^::error file=docs\/decisions\/0001-error\.md,line=2,col=9,.*::'status' must be string\.$/m);
      const sarif = run(commands[1] as string);
      assert.equal(sarif.status, 0, sarif.stderr);
      const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif') === true);
      const sarifFile = join(workspace, upload?.with?.['sarif_file'] ?? 'missing');
      assert.equal((JSON.parse(readFileSync(sarifFile, 'utf8')) as { version: string }).version, '2.1.0');
      assert.equal(run(commands[2] as string).status, 0);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('GitLab CI: the JUnit report the job declares is written, and the job fails on the error', () => {
    const config = parse(readFileSync(join(ROOT, 'examples/ci/gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; artifacts: { reports: { junit: string } } }>;
    const job = config['leaddocs'];
    assert.ok(job !== undefined);
    const commands = job.script.flatMap(leaddocsLines);
    assert.equal(commands.length, 2);
    try {
      freshWorkspace();
      assert.equal(run(commands[0] as string).status, 1);
      const report = readFileSync(join(workspace, job.artifacts.reports.junit), 'utf8');
      assert.match(report, /<failure message="'status' must be string\./);
      assert.equal(run(commands[1] as string).status, 0);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('pre-commit: each hook runs its entry with the staged files pre-commit would pass', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; pass_filenames?: boolean }>;
    assert.deepEqual(hooks.map((hook) => hook.id), ['leaddocs-check', 'leaddocs-fix', 'leaddocs-log']);
    const staged = 'docs/decisions/0001-error.md docs/decisions/0002-valid.md';
    const withFiles = (hook: (typeof hooks)[number]): string => (hook.pass_filenames === false ? hook.entry : `${hook.entry} ${staged}`);
    try {
      freshWorkspace();
      const [check, fix, log] = hooks;
      assert.ok(check !== undefined && fix !== undefined && log !== undefined && hooks.every((hook) => hook.language === 'node'));
      const checked = run(withFiles(check));
      assert.equal(checked.status, 1);
      assert.match(checked.stdout, /0001-error\.md:2:9 error front-matter-schema/);
      assert.equal(run(withFiles(log)).status, 0);
      writeFileSync(join(workspace, 'docs/decisions/0002-valid.md'), readFileSync(join(workspace, 'docs/decisions/0002-valid.md'), 'utf8').replace('date: 2025-01-10', 'date: March 5, 2025'));
      assert.equal(run(withFiles(fix)).status, 1, 'the unfixable error remains');
      assert.match(readFileSync(join(workspace, 'docs/decisions/0002-valid.md'), 'utf8'), /^date: 2025-03-05$/m);
      assert.ok(existsSync(join(workspace, 'docs/decisions/README.md')));
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
