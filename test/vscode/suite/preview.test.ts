import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeLeaddocs } from '../support/leaddocs';
import { recordMeasurement } from '../support/measurements';
import { lastPostedDocument, renderedPreview } from '../support/preview';
import { openInEditor, replaceText, workspaceUri } from '../support/workspace';

const BRIEF = 'briefs/q3-platform-migration.md';

const HOSTILE = `---
type: brief
title: Hostile input
---

# Hostile <script>window.__pwned = 1</script> brief

## Summary

Inline <script>window.__pwned = 2</script> and <img src=x onerror="window.__pwned = 3"> stay text.

<script>document.body.innerHTML = 'owned'</script>

<iframe src="https://evil.example.com/frame"></iframe>

[click me](javascript:window.__pwned=4) and [data](data:text/html;base64,PHNjcmlwdD4=)
`;

describe('preview panel', () => {
  after(async () => {
    // Leave no dirty document behind: later suites restart the server with every open document.
    await openInEditor(workspaceUri(BRIEF));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the document with its header card, checklist and findings, acknowledged by the webview', async () => {
    const api = await activeLeaddocs();
    const { document } = await openInEditor(workspaceUri(BRIEF));
    await vscode.commands.executeCommand('leaddocs.openPreviewToSide');
    const rendered = await renderedPreview(api, document);

    assert.ok(rendered.report.headings.includes('Bottom line'), rendered.report.headings.join(' | '));
    assert.match(rendered.report.text, /managed cloud services/);
    assert.ok(rendered.report.checklistItems > 0, 'checklist shown');
    assert.equal(rendered.report.activeContent, 0);
    const posted = lastPostedDocument(api);
    assert.equal(posted.uri, document.uri.toString());
    assert.equal(posted.typeLabel, 'Executive brief');
    assert.ok(posted.header.some((field) => field.label === 'Status' && field.value === 'review'), JSON.stringify(posted.header));
    assert.equal(posted.confidentialSections, 1);
  });

  it('follows edits as the author types', async () => {
    const api = await activeLeaddocs();
    const { document } = await openInEditor(workspaceUri(BRIEF));
    await renderedPreview(api, document);
    const started = Date.now();
    await replaceText(document, `${document.getText()}\n## Added while previewing\n\nFresh text.\n`);
    const rendered = await renderedPreview(api, document);
    recordMeasurement('preview update after an edit (edit applied → webview acknowledged)', Date.now() - started, 'ms');
    assert.ok(rendered.report.headings.includes('Added while previewing'), rendered.report.headings.join(' | '));
  });

  it('reveals a checklist item\'s range in the editor when it is clicked', async () => {
    const api = await activeLeaddocs();
    const { document } = await openInEditor(workspaceUri(BRIEF));
    await renderedPreview(api, document);
    const item = lastPostedDocument(api).checklist.at(-1);
    assert.ok(item !== undefined, 'the brief has checklist items');
    await api.preview.receive({ type: 'reveal', range: item.range });
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), document.uri.toString());
    assert.equal(editor?.selection.start.line, item.range.start.line);
  });

  it('shows a hostile document as text and runs nothing of it', async () => {
    const api = await activeLeaddocs();
    const uri = workspaceUri('briefs/hostile.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(HOSTILE));
    const { document } = await openInEditor(uri);
    // The preview follows the active editor to the new document.
    const rendered = await renderedPreview(api, document);

    assert.equal(rendered.report.activeContent, 0, 'no script, frame, handler or javascript: link in the page');
    assert.match(rendered.report.text, /<script>window\.__pwned = 2<\/script>/, 'raw HTML shown as text');
    assert.match(rendered.report.text, /onerror=/);
    const { html } = lastPostedDocument(api);
    assert.doesNotMatch(html, /<(script|img|iframe)\b/i);
    assert.doesNotMatch(html, /href="(javascript|data):/i);
  });
});
