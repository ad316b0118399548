import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generateCorpus } from '../../bench/corpus';
import { buildCli, leaddocs, makeWorkspace } from './cliTestSupport';

describe('leaddocs check --jobs', () => {
  it('reports exactly the same with one worker thread as with several', () => {
    buildCli();
    const root = makeWorkspace(Object.fromEntries(generateCorpus(240).map((document) => [document.path, document.text])));
    try {
      const one = leaddocs(['check', '--format', 'json', '--jobs', '1'], root);
      const three = leaddocs(['check', '--format', 'json', '--jobs', '3'], root);
      assert.equal(one.stderr, '');
      const report = JSON.parse(one.stdout) as { summary: { files: number; warnings: number; information: number } };
      assert.equal(report.summary.files, 240);
      assert.ok(report.summary.warnings > 20 && report.summary.information > 50, 'the corpus has findings to compare');
      assert.equal(three.stdout, one.stdout);
      assert.equal(three.status, one.status);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
