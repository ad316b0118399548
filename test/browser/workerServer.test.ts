import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { nygardWithoutConsequences } from '../support/adrTexts';
import { joinLines } from '../support/documentText';
import { launchChromium } from './browserSupport';
import { WorkerLspClient } from './workerClient';

const WORKSPACE = 'file:///workspace';
const ADR_URI = `${WORKSPACE}/docs/decisions/0001-use-postgresql.md`;
const OKR_URI = `${WORKSPACE}/planning/q3.md`;
/** A team type, reachable only through the client's files: the worker has no disk. */
const okrSpec = {
  id: 'okr',
  label: 'Quarterly OKRs',
  sections: [
    { id: 'objective', title: 'Objective', required: true },
    { id: 'key-results', title: 'Key Results', required: true },
  ],
  checklist: [],
};

describe('the language server in a browser Web Worker (dist/browser/server.js)', () => {
  let browser: Browser;
  let client: WorkerLspClient;
  before(async () => {
    browser = await launchChromium();
    client = await WorkerLspClient.start(browser, {
      settings: { customTypes: ['team/okr.doctype.json'] },
      files: { [`${WORKSPACE}/team/okr.doctype.json`]: JSON.stringify(okrSpec) },
    });
    const initialized = await client.request('initialize', {
      processId: null,
      rootUri: WORKSPACE,
      workspaceFolders: [{ uri: WORKSPACE, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { publishDiagnostics: { dataSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } },
      },
    });
    assert.equal(initialized.error, undefined, JSON.stringify(initialized.error));
    await client.notify('initialized', {});
  });
  after(async () => {
    await client?.close();
    await browser?.close();
  });

  it('checks a document it is sent and offers the quick fix for a finding', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri: ADR_URI, languageId: 'markdown', version: 1, text: nygardWithoutConsequences } });
    const published = (await client.waitFor('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => params.uri === ADR_URI)) as PublishDiagnosticsParams;
    const missing = published.diagnostics.find((diagnostic) => diagnostic.code === 'required-section');
    assert.ok(missing !== undefined, JSON.stringify(published.diagnostics));
    assert.match(String(missing.message), /Consequences/);

    const response = await client.request('textDocument/codeAction', {
      textDocument: { uri: ADR_URI },
      range: missing.range,
      context: { diagnostics: [missing], only: ['quickfix'] },
    });
    const actions = response.result as CodeAction[];
    const insert = actions.find((action) => action.title.includes('Consequences'));
    assert.ok(insert !== undefined, JSON.stringify(actions.map((action) => action.title)));
    const edits = insert.edit?.changes?.[ADR_URI] ?? [];
    assert.ok(edits.some((edit) => edit.newText.includes('## Consequences')), JSON.stringify(edits));
  });

  it('reads the team\'s custom type through the client, not from a disk', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri: OKR_URI, languageId: 'markdown', version: 1, text: joinLines('---', 'type: okr', '---', '# Q3 OKRs', '', '## Objective', '', 'Ship.') } });
    const published = (await client.waitFor('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => params.uri === OKR_URI)) as PublishDiagnosticsParams;
    const codes = published.diagnostics.map((diagnostic: Diagnostic) => `${String(diagnostic.code)}: ${diagnostic.message}`);
    assert.ok(codes.some((line) => line.startsWith('required-section') && line.includes('Key Results')), codes.join('\n'));
    const info = await client.request('leaddocs/documentInfo', { uri: OKR_URI });
    assert.equal((info.result as { type: string }).type, 'okr');
  });

  it('answers export with a clear refusal, since the renderers need Node', async () => {
    const response = await client.request('leaddocs/export', { uri: ADR_URI, format: 'pdf' });
    assert.match(response.error?.message ?? '', /Export needs VS Code on the desktop/);
    assert.deepEqual(await client.workerErrors(), []);
  });
});
