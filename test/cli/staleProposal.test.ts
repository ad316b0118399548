import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { commitAll, git } from '../support/gitRepository';
import { ADR_VALID, buildCli, leaddocs, makeWorkspace } from './cliTestSupport';

/** Proposed, and dated 2025-06-01: three weeks old by its date on the day the checks run. */
const PROPOSAL = ADR_VALID.replace('status: accepted', 'status: proposed').replace('date: 2025-01-10', 'date: 2025-06-01');
const PATH = 'docs/decisions/0001-use-postgres.md';

function staleProposals(root: string): Array<{ message: string }> {
  const result = leaddocs(['check', PATH, '--today', '2025-06-22', '--format', 'json', '--max-severity', 'off'], root);
  assert.equal(result.status, 0, result.stderr);
  const report = JSON.parse(result.stdout) as { files: Array<{ findings: Array<{ code: string; message: string }> }> };
  return report.files.flatMap((file) => file.findings).filter((finding) => finding.code === 'stale-proposal');
}

describe('leaddocs check counts a proposal from the day git says it was added', () => {
  let repository: string;
  let plain: string;
  before(() => {
    buildCli();
    repository = makeWorkspace({ [PATH]: PROPOSAL });
    rmSync(join(repository, '.git'), { recursive: true });
    git(repository, ['init', '-q']);
    commitAll(repository, '2025-02-01');
    plain = makeWorkspace({ [PATH]: PROPOSAL });
  });
  after(() => {
    rmSync(repository, { recursive: true, force: true });
    rmSync(plain, { recursive: true, force: true });
  });

  it('in a git repository, from the commit that added it', () => {
    const [stale, ...more] = staleProposals(repository);
    assert.equal(more.length, 0);
    assert.match(stale!.message, /^Proposed for 141 days \(added to the repository on 2025-02-01\)\./);
  });

  it('elsewhere, from its own date, with nothing said about git', () => {
    assert.deepEqual(staleProposals(plain), []);
  });
});
