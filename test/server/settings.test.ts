import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { nygardWithoutConsequences } from '../support/adrTexts';
import { LspTestClient } from '../support/lspClient';

const workspace = 'file:///workspace/settings';
const uri = `${workspace}/doc/adr/0001-use-postgresql.md`;

const has = (code: string) => (params: PublishDiagnosticsParams) => params.diagnostics.some((diagnostic) => diagnostic.code === code);
const lacks = (code: string) => (params: PublishDiagnosticsParams) => !has(code)(params);

describe('settings through workspace/configuration', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ workspaceFolders: [workspace] });
    client.open(uri, nygardWithoutConsequences);
    await client.diagnostics(uri, has('required-section'));
  });
  after(() => client.stop());

  it('turns a rule off', async () => {
    client.changeSettings({ rules: { 'required-section': 'off' } });
    const published = await client.diagnostics(uri, lacks('required-section'));
    assert.ok(published.diagnostics.every((diagnostic) => diagnostic.code !== 'required-section'));
  });

  it('overrides a rule\'s severity', async () => {
    client.changeSettings({ rules: { 'required-section': 'error' } });
    const published = await client.diagnostics(uri, has('required-section'));
    const missing = published.diagnostics.filter((diagnostic) => diagnostic.code === 'required-section');
    assert.deepEqual(missing.map((diagnostic) => diagnostic.severity), [DiagnosticSeverity.Error]);
  });

  it('moves the pass mark', async () => {
    client.changeSettings({ passMark: 0 });
    const passing = await client.documentInfoChanges.take((info) => info.uri === uri && info.passMark === 0, 5000, () => 'documentInfo with passMark 0');
    assert.equal(passing.passed, true);

    client.changeSettings({ passMark: 100 });
    const failing = await client.documentInfoChanges.take((info) => info.uri === uri && info.passMark === 100, 5000, () => 'documentInfo with passMark 100');
    assert.equal(failing.passed, false);
    assert.equal((await client.documentInfo(uri)).passMark, 100);
  });

  it('falls back to defaults for values of the wrong kind, and keeps working', async () => {
    client.changeSettings({ rules: 'all', passMark: 'high', validation: { delay: -5 }, customTypes: 'team.doctype.json', documentTypes: { paths: { adr: 42 } } });
    const published = await client.documentInfoChanges.take((info) => info.uri === uri && info.passMark === 80, 5000, () => 'documentInfo with the default passMark');
    assert.equal(published.type, 'adr');
    assert.ok(client.log.some((line) => line.includes('leaddocs.passMark')), 'the bad value is logged');
  });

  it('reads flat dotted keys as some clients send them', async () => {
    client.changeSettings({ 'documentTypes.paths': { adr: ['records/**'] } });
    const moved = `${workspace}/records/0002-moved.md`;
    client.open(moved, nygardWithoutConsequences.replace('## Status', '## State'));
    assert.equal((await client.documentInfo(moved)).detectedBy, 'path');
  });
});

describe('a client without workspace/configuration', () => {
  it('checks with default settings, and with those pushed in didChangeConfiguration', async () => {
    const client = await LspTestClient.start({ workspaceFolders: [workspace], configurationCapability: false });
    try {
      client.open(uri, nygardWithoutConsequences);
      await client.diagnostics(uri, has('required-section'));
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { leaddocs: { rules: { 'required-section': 'off' } } } });
      await client.diagnostics(uri, lacks('required-section'));

      // A folder change rebuilds the engine too; the pushed settings must survive it.
      const added = 'file:///workspace/added';
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: added, name: 'added' }], removed: [] } });
      const inAddedFolder = `${added}/doc/adr/0001-use-postgresql.md`;
      client.open(inAddedFolder, nygardWithoutConsequences);
      const published = await client.diagnostics(inAddedFolder);
      assert.equal((await client.documentInfo(inAddedFolder)).detectedBy, 'path', 'the new folder is known');
      assert.ok(lacks('required-section')(published));
    } finally {
      await client.stop();
    }
  });

  it('takes its first settings from initializationOptions.leaddocs', async () => {
    const client = await LspTestClient.start({
      workspaceFolders: [workspace],
      configurationCapability: false,
      initializationOptions: { leaddocs: { rules: { 'required-section': 'hint' }, passMark: 10 } },
    });
    try {
      client.open(uri, nygardWithoutConsequences);
      const { diagnostics } = await client.diagnostics(uri);
      assert.deepEqual(diagnostics.filter((diagnostic) => diagnostic.code === 'required-section').map((diagnostic) => diagnostic.severity), [DiagnosticSeverity.Hint]);
      assert.equal((await client.documentInfo(uri)).passMark, 10);
    } finally {
      await client.stop();
    }
  });
});
