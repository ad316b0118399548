/**
 * Workspace trust, server side: told at start that the workspace is untrusted, the server
 * applies only the built-in types and reads no custom type from the workspace; told that
 * trust was granted, it loads them without a restart.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { workspaceTrustedNotification } from '../../server/src/protocol/leaddocsProtocol';
import { nygardWithoutConsequences } from '../support/adrTexts';
import { joinLines } from '../support/documentText';
import { LspTestClient } from '../support/lspClient';

const okrSpec = {
  id: 'okr',
  label: 'Quarterly OKRs',
  sections: [{ id: 'objective', title: 'Objective', required: true }],
  checklist: [{ id: 'objective', label: 'Objective', check: { kind: 'section', section: 'objective' } }],
};
const okrDocument = joinLines('---', 'type: okr', '---', '# Q3 OKRs', '', 'No objective yet.');

describe('workspace trust', () => {
  let folder: string;
  let workspace: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'leaddocs-trust-'));
    mkdirSync(join(folder, 'team'));
    writeFileSync(join(folder, 'team/okr.doctype.json'), JSON.stringify(okrSpec));
    workspace = pathToFileURL(folder).href;
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('ignores custom types while untrusted, and applies them once trust is granted', { timeout: 30_000 }, async () => {
    const client = await LspTestClient.start({ workspaceFolders: [workspace], settings: { customTypes: ['team/okr.doctype.json'] }, initializationOptions: { workspaceTrusted: false } });
    try {
      const okr = `${workspace}/planning/q3.md`;
      client.open(okr, okrDocument);
      assert.equal((await client.documentInfo(okr)).type, null);
      const adr = `${workspace}/doc/adr/0001-use-postgresql.md`;
      client.open(adr, nygardWithoutConsequences);
      assert.ok((await client.diagnostics(adr)).diagnostics.some((diagnostic) => diagnostic.code === 'required-section'), 'built-in types still apply');
      assert.deepEqual(client.shownMessages.history, [], 'nothing was read, so nothing to complain about');

      await client.connection.sendNotification(workspaceTrustedNotification);
      const trusted = await client.diagnostics(okr, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'required-section'));
      assert.match(String(trusted.diagnostics.find((diagnostic) => diagnostic.code === 'required-section')?.message), /Objective/);
      assert.equal((await client.documentInfo(okr)).type, 'okr');
    } finally {
      await client.stop();
    }
  });

  it('trusts a client that does not say (other editors have no restricted mode)', { timeout: 30_000 }, async () => {
    const client = await LspTestClient.start({ workspaceFolders: [workspace], settings: { customTypes: ['team/okr.doctype.json'] } });
    try {
      const okr = `${workspace}/planning/q3.md`;
      client.open(okr, okrDocument);
      assert.equal((await client.documentInfo(okr)).type, 'okr');
    } finally {
      await client.stop();
    }
  });
});
