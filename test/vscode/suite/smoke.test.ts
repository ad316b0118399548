import assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('workbench', () => {
  it('opens the examples workspace', () => {
    assert.equal(vscode.workspace.workspaceFolders?.length, 1);
  });
});
