import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { currentDocumentInfo } from '../support/documentInfo';
import { activeLeaddocs } from '../support/leaddocs';
import { waitUntil } from '../support/waitFor';
import { openInEditor, workspaceUri } from '../support/workspace';

const ACCEPTED_ADR = 'docs/decisions/0001-use-an-event-driven-order-pipeline.md';

describe('language status', () => {
  it('shows the detected type and completeness score of the active document', async () => {
    const api = await activeLeaddocs();
    const { document } = await openInEditor(workspaceUri(ACCEPTED_ADR));
    const info = await currentDocumentInfo(api, document);

    assert.equal(info.type, 'adr');
    assert.equal(info.typeLabel, 'Architecture decision record');
    assert.equal(typeof info.score, 'number');
    assert.ok(info.score !== null && info.score >= 0 && info.score <= 100, `score ${info.score}`);
    assert.ok(info.checklist.length > 0, 'the score comes from a checklist');

    const expected = `${info.typeLabel}`;
    const status = await waitUntil(
      api.onDidShowStatus,
      () => api.statusText(),
      (shown) => shown.text.startsWith(expected) && shown.text.includes(`${info.score}%`),
      (shown) => `status shows "${shown.text}", expected ${expected} at ${info.score}%`,
    );
    assert.match(status.detail ?? '', new RegExp(`pass mark ${info.passMark}`));
  });

  it('follows the active editor to a document of another kind', async () => {
    const api = await activeLeaddocs();
    const { document } = await openInEditor(workspaceUri(ACCEPTED_ADR));
    await currentDocumentInfo(api, document);
    const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Shopping list\n\n* milk\n' });
    await vscode.window.showTextDocument(untitled);
    await waitUntil(api.onDidShowStatus, () => api.statusText().text, (text) => text === 'Not a leadership document', (text) => `status shows "${text}"`);
  });
});
