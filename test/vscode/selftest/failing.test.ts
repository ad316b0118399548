/** The harness's own test: a case that must fail, to prove a failure reaches the exit code. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('harness self-test', () => {
  it('fails on purpose', () => {
    assert.equal(vscode.workspace.name, 'a workspace this run never opens');
  });
});
