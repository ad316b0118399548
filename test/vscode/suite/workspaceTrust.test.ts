import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CUSTOM_TYPE_DOCUMENT, documentInfoOf } from '../support/workspaceTrust';

// The other half is test/vscode/restricted/: the same workspace, untrusted.
describe('workspace trust: a trusted workspace', () => {
  it('applies the custom document type the workspace declares', async () => {
    assert.equal(vscode.workspace.isTrusted, true);
    const info = await documentInfoOf(CUSTOM_TYPE_DOCUMENT);
    assert.equal(info.type, 'rfc', JSON.stringify(info));
  });
});
