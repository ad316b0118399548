import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, FileChangeType, MessageType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { joinLines } from '../support/documentText';
import { LspTestClient } from '../support/lspClient';

/** An ADR whose misspelt status is a warning by default. */
const ADR = joinLines('---', 'status: acepted', 'date: 2025-01-10', '---', '', '# Use PostgreSQL', '', '## Context and Problem Statement', '', 'Orders need a store.');

function severityOf(params: PublishDiagnosticsParams, code: string): DiagnosticSeverity | undefined {
  return params.diagnostics.find((diagnostic) => diagnostic.code === code)?.severity;
}

describe('the team settings file in the language server', () => {
  let folder: string;
  let workspace: string;
  let documentUri: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'leaddocs-team-settings-'));
    mkdirSync(join(folder, 'docs/decisions'), { recursive: true });
    writeFileSync(join(folder, 'docs/decisions/0001-use-postgresql.md'), ADR);
    workspace = pathToFileURL(folder).href;
    documentUri = `${workspace}/docs/decisions/0001-use-postgresql.md`;
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('.leaddocs.yaml sets a rule\'s severity under the client\'s settings, and a change to it is followed', async () => {
    writeFileSync(join(folder, '.leaddocs.yaml'), 'rules:\n  unknown-status: error\n  date-format: hint\n');
    const client = await LspTestClient.start({ workspaceFolders: [workspace], settings: { rules: { 'date-format': 'off' } } });
    try {
      client.open(documentUri, ADR);
      const first = await client.diagnostics(documentUri, (params) => params.diagnostics.length > 0);
      assert.equal(severityOf(first, 'unknown-status'), DiagnosticSeverity.Error, 'the file\'s severity');

      writeFileSync(join(folder, '.leaddocs.yaml'), 'rules:\n  unknown-status: "off"\n');
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: `${workspace}/.leaddocs.yaml`, type: FileChangeType.Changed }] });
      const after = await client.diagnostics(documentUri, (params) => params.diagnostics.length > 0 && severityOf(params, 'unknown-status') === undefined);
      assert.equal(severityOf(after, 'date-format'), undefined, 'the client\'s own setting still wins');
    } finally {
      await client.stop();
    }
  });

  it('is not read in an untrusted workspace', async () => {
    writeFileSync(join(folder, '.leaddocs.yaml'), 'rules:\n  unknown-status: error\n');
    const client = await LspTestClient.start({ workspaceFolders: [workspace], initializationOptions: { workspaceTrusted: false } });
    try {
      client.open(documentUri, ADR);
      const published = await client.diagnostics(documentUri, (params) => params.diagnostics.length > 0);
      assert.equal(severityOf(published, 'unknown-status'), DiagnosticSeverity.Warning);
    } finally {
      await client.stop();
    }
  });

  it('a broken file is a warning naming it, and the defaults apply', async () => {
    writeFileSync(join(folder, '.leaddocs.yaml'), 'rules: [unknown-status: error\npassMark: secret-value\n');
    const client = await LspTestClient.start({ workspaceFolders: [workspace] });
    try {
      const shown = await client.shownMessage((params) => params.message.includes('.leaddocs.yaml'));
      assert.equal(shown.type, MessageType.Warning);
      assert.match(shown.message, /^Leaddocs: \.leaddocs\.yaml is not valid YAML \(\w+ on line \d\); its settings are ignored\.$/);
      client.open(documentUri, ADR);
      const published = await client.diagnostics(documentUri, (params) => params.diagnostics.length > 0);
      assert.equal(severityOf(published, 'unknown-status'), DiagnosticSeverity.Warning);
      for (const line of client.log) assert.doesNotMatch(line, /secret-value/);
    } finally {
      await client.stop();
    }
  });
});
