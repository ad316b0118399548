import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { addedDaysIn, gitAddedDates } from '../../server/src/host/nodeGitHistory';
import { commitAll, git } from '../support/gitRepository';

describe('when documents were added to their git repository', () => {
  let root: string;
  let elsewhere: string;
  const entry = (path: string): { uri: string } => ({ uri: pathToFileURL(join(root, path)).href });
  const write = (path: string, text = '# x\n'): void => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'leaddocs-git-'));
    elsewhere = mkdtempSync(join(tmpdir(), 'leaddocs-nogit-'));
    git(root, ['init', '-q']);
    write('docs/decisions/0001-use-a.md');
    write('docs/decisions/0002 with space.md');
    write('notes.md');
    commitAll(root, '2025-01-10');
    renameSync(join(root, 'docs/decisions/0001-use-a.md'), join(root, 'docs/decisions/0001-use-alpha.md'));
    write('docs/decisions/0003-ünïcode.md');
    commitAll(root, '2025-03-04');
    write('docs/decisions/0004-not-committed.md');
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it('gives the day each file was added, from the repository or any folder inside it; a rename keeps the first day', async () => {
    for (const folder of [root, join(root, 'docs', 'decisions')]) {
      const addedOn = await gitAddedDates([pathToFileURL(folder).href]);
      assert.equal(addedOn(entry('docs/decisions/0001-use-alpha.md')), '2025-01-10', folder);
      assert.equal(addedOn(entry('docs/decisions/0002 with space.md')), '2025-01-10');
      assert.equal(addedOn(entry('docs/decisions/0003-ünïcode.md')), '2025-03-04');
      assert.equal(addedOn(entry('notes.md')), '2025-01-10');
      assert.equal(addedOn(entry('docs/decisions/0001-use-a.md')), undefined, 'the old name is gone');
      assert.equal(addedOn(entry('docs/decisions/0004-not-committed.md')), undefined);
    }
  });

  it('knows nothing, silently, outside a repository or for what is not a file', async () => {
    const addedOn = await gitAddedDates([pathToFileURL(elsewhere).href, 'untitled:Untitled-1']);
    assert.equal(addedOn({ uri: pathToFileURL(join(elsewhere, 'a.md')).href }), undefined);
    assert.equal(addedOn({ uri: 'untitled:Untitled-1' }), undefined);
  });

  it('reads the log format it asks for, whatever the file names hold', () => {
    const log = ['', 'commit 2025-01-10', '\nA', 'commit 2025-02-02.md', 'A', 'R100', '', 'commit 2025-03-04', '\nR087', 'R100', 'renamed.md', ''].join('\0');
    assert.deepEqual([...addedDaysIn(log)], [
      ['commit 2025-02-02.md', '2025-01-10'],
      ['renamed.md', '2025-01-10'],
    ]);
  });
});
