import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BUILT_IN_TYPE_DOCUMENT, CUSTOM_TYPE_DOCUMENT, documentInfoOf } from '../support/workspaceTrust';

// Run by `npm run test:vscode` in a second workbench with workspace trust on and the examples
// workspace untrusted (restricted mode). test/vscode/suite/workspaceTrust.test.ts is the trusted half.
describe('workspace trust: restricted mode', () => {
  it('runs untrusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('ignores the workspace\'s custom document type, its schema and the setting naming it', async () => {
    const info = await documentInfoOf(CUSTOM_TYPE_DOCUMENT);
    assert.equal(info.type, null, `the rfc document is not a leadership document to the built-in types: ${JSON.stringify(info)}`);
    assert.equal(info.findingCount, 0);
    const customTypes = vscode.workspace.getConfiguration('leaddocs').inspect<string[]>('customTypes');
    assert.deepEqual(vscode.workspace.getConfiguration('leaddocs').get('customTypes'), [], `restricted setting: ${JSON.stringify(customTypes)}`);
  });

  it('still checks documents with the built-in types', async () => {
    const info = await documentInfoOf(BUILT_IN_TYPE_DOCUMENT);
    assert.equal(info.type, 'adr', JSON.stringify(info));
  });
});
