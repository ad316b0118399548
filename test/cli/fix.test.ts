import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ADR_VALID, ADR_WITH_ERROR, ADR_WITH_WARNINGS, buildCli, leaddocs, makeWorkspace } from './cliTestSupport';

describe('leaddocs fix', () => {
  it('--dry-run prints a unified diff that git apply takes, and changes nothing', () => {
    buildCli();
    const root = makeWorkspace({ 'docs/decisions/0001-warnings.md': ADR_WITH_WARNINGS, 'docs/decisions/0002-valid.md': ADR_VALID });
    try {
      const dry = leaddocs(['fix', '--dry-run'], root);
      assert.equal(dry.status, 0, dry.stderr);
      assert.equal(readFileSync(join(root, 'docs/decisions/0001-warnings.md'), 'utf8'), ADR_WITH_WARNINGS);
      assert.match(dry.stdout, /^--- a\/docs\/decisions\/0001-warnings\.md\n\+\+\+ b\/docs\/decisions\/0001-warnings\.md\n@@ /);
      assert.match(dry.stdout, /^-status: acepted\n-date: March 5, 2025\n\+status: accepted\n\+date: 2025-03-05$/m);
      assert.doesNotMatch(dry.stdout, /0002-valid/);
      assert.match(dry.stderr, /^Would fix 1 file\. After fixing: 0 errors, 0 warnings, 2 information, 0 hints in 2 of 2 files\.$/m);

      const apply = spawnSync('git', ['apply', '-'], { cwd: root, input: dry.stdout, encoding: 'utf8' });
      assert.equal(apply.status, 0, apply.stderr);
      assert.equal(readFileSync(join(root, 'docs/decisions/0001-warnings.md'), 'utf8'), ADR_VALID.replace('date: 2025-01-10', 'date: 2025-03-05'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('writes the fixes, reports what remains, and exits by what remains', () => {
    buildCli();
    const root = makeWorkspace({ 'docs/decisions/0001-warnings.md': ADR_WITH_WARNINGS, 'docs/decisions/0002-error.md': ADR_WITH_ERROR });
    try {
      const fixed = leaddocs(['fix', 'docs/decisions/0001-warnings.md'], root);
      assert.equal(fixed.status, 0, fixed.stderr);
      assert.equal(fixed.stderr, 'Fixed docs/decisions/0001-warnings.md\n');
      assert.match(fixed.stdout, /^0 errors, 0 warnings, 1 information, 0 hints in 1 of 1 file\.$/m);
      assert.match(readFileSync(join(root, 'docs/decisions/0001-warnings.md'), 'utf8'), /^status: accepted\ndate: 2025-03-05$/m);
      const again = leaddocs(['fix', 'docs/decisions/0001-warnings.md', '--dry-run'], root);
      assert.equal(again.stdout, '', 'fixing is idempotent');

      const unfixable = leaddocs(['fix', 'docs/decisions/0002-error.md'], root);
      assert.equal(unfixable.status, 1);
      assert.equal(unfixable.stderr, '');
      assert.equal(readFileSync(join(root, 'docs/decisions/0002-error.md'), 'utf8'), ADR_WITH_ERROR);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
