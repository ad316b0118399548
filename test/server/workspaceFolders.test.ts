import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkspaceFolders } from '../../server/src/host/workspaceFolders';

function foldersOf(...uris: string[]): WorkspaceFolders {
  const folders = new WorkspaceFolders();
  folders.replace(uris.map((uri, index) => ({ uri, name: `folder-${index}` })));
  return folders;
}

describe('WorkspaceFolders', () => {
  it('gives a document\'s path inside the deepest folder holding it', () => {
    const folders = foldersOf('file:///repo', 'file:///repo/docs/');
    assert.equal(folders.relativePath('file:///repo/docs/adr/0001-x.md'), 'adr/0001-x.md');
    assert.equal(folders.relativePath('file:///repo/README.md'), 'README.md');
    assert.equal(folders.relativePath('file:///elsewhere/adr/0001-x.md'), undefined);
    assert.equal(folders.relativePath('file:///repository/x.md'), undefined, 'a folder name prefix is not a parent');
  });

  it('compares URIs decoded, as clients differ in what they percent-encode', () => {
    const folders = foldersOf('file:///c%3A/My%20Repo');
    assert.equal(folders.relativePath('file:///c:/My Repo/doc/adr/0002-y.md'), 'doc/adr/0002-y.md');
    assert.doesNotThrow(() => folders.relativePath('file:///c%3A/My%20Repo/broken%E0%A4.md'), 'malformed escapes are not fatal');
  });

  it('falls back to rootUri and follows folder changes', () => {
    const folders = new WorkspaceFolders();
    folders.replace(null, 'file:///root');
    assert.deepEqual(folders.uris, ['file:///root']);
    folders.change([{ uri: 'file:///second', name: 'second' }], [{ uri: 'file:///root/', name: 'root' }]);
    assert.deepEqual(folders.uris, ['file:///second']);
  });

  it('resolves a setting\'s path against every folder, or as itself when absolute', () => {
    const folders = foldersOf('file:///a', 'file:///b%20c');
    assert.deepEqual(folders.resolve('team/okr.doctype.json'), ['file:///a/team/okr.doctype.json', 'file:///b%20c/team/okr.doctype.json']);
    assert.deepEqual(folders.resolve('team\\okr.doctype.json'), ['file:///a/team/okr.doctype.json', 'file:///b%20c/team/okr.doctype.json']);
    assert.deepEqual(folders.resolve('/etc/okr.doctype.json'), ['file:///etc/okr.doctype.json']);
    assert.deepEqual(folders.resolve('C:\\types\\okr.doctype.json'), ['file:///C:/types/okr.doctype.json']);
    assert.deepEqual(folders.resolve('vscode-vfs://github/x/okr.doctype.json'), ['vscode-vfs://github/x/okr.doctype.json']);
  });
});
