import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ADR_VALID, buildCli, leaddocs, makeWorkspace } from './cliTestSupport';

describe('leaddocs check across documents, and leaddocs log', () => {
  let root: string;
  before(() => {
    buildCli();
    root = makeWorkspace({
      'docs/decisions/0002-use-postgres.md': ADR_VALID,
      'docs/decisions/0002-use-kafka.md': ADR_VALID.replace('# Use PostgreSQL for orders', '# Use Kafka for events'),
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('reports a duplicate number in the file checked, though the other file was not named', () => {
    const result = leaddocs(['check', 'docs/decisions/0002-use-kafka.md', '--today', '2025-02-01'], root);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^docs\/decisions\/0002-use-kafka\.md:\d+:\d+ error duplicate-number ADR number 2 is also used by docs\/decisions\/0002-use-postgres\.md\./m);
    assert.match(result.stdout, /in 1 of 1 file\.$/m);
  });

  it('log --check fails while the log is missing or stale; log writes it, and a second run changes nothing', () => {
    const logFile = join(root, 'docs/decisions/README.md');
    const missing = leaddocs(['log', '--check'], root);
    assert.equal(missing.status, 1);
    assert.equal(missing.stdout, 'docs/decisions/README.md is missing.\n');

    const written = leaddocs(['log'], root);
    assert.equal(written.status, 0, written.stderr);
    assert.equal(written.stdout, 'Wrote docs/decisions/README.md.\n');
    const log = readFileSync(logFile, 'utf8');
    assert.match(log, /\[Use Kafka for events\]\(0002-use-kafka\.md\)/);
    assert.match(log, /\[Use PostgreSQL for orders\]\(0002-use-postgres\.md\)/);

    const again = leaddocs(['log'], root);
    assert.equal(again.stdout, 'docs/decisions/README.md is up to date.\n');
    assert.equal(readFileSync(logFile, 'utf8'), log);
    assert.equal(leaddocs(['log', '--check'], root).status, 0);

    writeFileSync(join(root, 'docs/decisions/0003-use-redis.md'), ADR_VALID.replace('# Use PostgreSQL for orders', '# Use Redis for sessions'));
    const stale = leaddocs(['log', '--check'], root);
    assert.equal(stale.status, 1);
    assert.equal(stale.stdout, 'docs/decisions/README.md is stale.\n');
    assert.equal(stale.stderr, 'Run "leaddocs log" to update it.\n');
    assert.equal(readFileSync(logFile, 'utf8'), log, '--check writes nothing');
  });
});
