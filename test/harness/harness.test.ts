/**
 * The real-VS-Code harness's own test: a suite with a failing case must make the
 * launcher exit non-zero and count the failure, or a green run would prove nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

test('a failing case inside VS Code fails the launcher', () => {
  const launcher = spawnSync(process.execPath, ['scripts/vscode/run-tests.mjs'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, LEADDOCS_VSCODE_SELFTEST: 'fail', LEADDOCS_VSCODE_TIMEOUT_MS: '180000' },
    timeout: 600_000,
  });
  const output = `${launcher.stdout}${launcher.stderr}`;
  assert.equal(launcher.status, 1, output);
  assert.match(output, /^not ok - harness self-test fails on purpose$/m, output);
  assert.match(output, /^0 passed, 1 failed$/m, output);
});
