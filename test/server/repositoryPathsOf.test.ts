import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RepositoryPaths } from '../../server/src/host/repositoryPaths';
import type { WorkspaceFiles } from '../../server/src/host/workspaceFiles';
import { WorkspaceFolders } from '../../server/src/host/workspaceFolders';

/** A disk with `.git` only where the test says, and nothing else the paths need. */
function filesWithGitAt(...repositories: string[]): WorkspaceFiles {
  return { exists: async (uri: string) => repositories.some((root) => uri === `${root}/.git`) } as unknown as WorkspaceFiles;
}

describe('repository paths of a document', () => {
  const folders = new WorkspaceFolders();
  folders.replace([{ uri: 'file:///work/repo/docs' }]);

  const cases: Array<[string, string, string | undefined, string | undefined]> = [
    ['in a repository', 'file:///work/repo/docs/decisions/0001-x.md', 'docs/decisions/0001-x.md', 'decisions/0001-x.md'],
    ['with encoded characters', 'file:///work/repo/docs/decisions/0002-use%20C%23.md', 'docs/decisions/0002-use C#.md', 'decisions/0002-use C#.md'],
    ['outside any repository', 'file:///elsewhere/notes/a.md', 'elsewhere/notes/a.md', undefined],
    ['on a network share', 'file://server/share/docs/adr/0001-z.md', 'share/docs/adr/0001-z.md', undefined],
  ];
  for (const [what, uri, path, workspacePath] of cases) {
    it(what, async () => {
      const paths = new RepositoryPaths(filesWithGitAt('file:///work/repo'), folders);
      const found = await paths.pathsOf(uri);
      assert.equal(found.path, path);
      if (workspacePath !== undefined) assert.equal(found.workspacePath, workspacePath);
    });
  }
});
