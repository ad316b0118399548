import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ruleId, waitForDiagnostics } from '../support/diagnostics';
import { currentDocumentInfo } from '../support/documentInfo';
import { activeLeaddocs } from '../support/leaddocs';
import { waitUntil } from '../support/waitFor';

// The name under which snippets/leaddocs.code-snippets contributes the MADR 4 skeleton.
const ADR_SNIPPET = 'ADR (MADR 4)';
const MADR_HEADINGS = [
  '## Context and Problem Statement',
  '## Decision Drivers',
  '## Considered Options',
  '## Decision Outcome',
  '### Consequences',
  '### Confirmation',
  '## Pros and Cons of the Options',
  '## More Information',
];

describe('snippets', () => {
  it('inserts a full ADR skeleton that the server recognises as a complete MADR', async () => {
    const api = await activeLeaddocs();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(document);

    // By name, so the test proves the contribution in package.json, not just the text.
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: ADR_SNIPPET });
    const text = await waitUntil(vscode.workspace.onDidChangeTextDocument, () => editor.document.getText(), (t) => t.length > 0, () => 'snippet not inserted');

    assert.match(text, /^---\nstatus: proposed\ndate: \d{4}-\d{2}-\d{2}\n/, 'front matter with status and today\'s date');
    assert.match(text, /^# \{short title/m, 'an H1 title to fill in');
    const headings = text.split('\n').filter((line) => /^#{2,3} /.test(line));
    for (const heading of MADR_HEADINGS) assert.ok(headings.includes(heading), `${heading} missing from:\n${text}`);

    // The skeleton's placeholders are findings too, so their arrival shows the server checked this text.
    const diagnostics = await waitForDiagnostics(document.uri, (found) => found.some((d) => ruleId(d) === 'unfilled-placeholder'), 'placeholders flagged');
    assert.deepEqual(diagnostics.filter((d) => ruleId(d) === 'required-section').map((d) => d.message), [], 'no required section is missing');
    const info = await currentDocumentInfo(api, document);
    assert.equal(info.type, 'adr', 'detected as an ADR from its sections alone');
    assert.equal(info.variant, 'madr');
  });
});
