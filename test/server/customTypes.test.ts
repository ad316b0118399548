import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { MessageType } from 'vscode-languageserver-protocol';
import { nygardWithoutConsequences } from '../support/adrTexts';
import { joinLines, rangeOfText } from '../support/documentText';
import { LspTestClient } from '../support/lspClient';

/** A team's own type, written as a team would: a spec and its front matter schema side by side. */
const okrSpec = {
  id: 'okr',
  label: 'Quarterly OKRs',
  frontMatterSchema: 'okr.schema.json',
  detect: { paths: ['**/okrs/**'] },
  sections: [
    { id: 'objective', title: 'Objective', required: true },
    { id: 'key-results', title: 'Key Results', aliases: ['krs'], required: true },
  ],
  checklist: [{ id: 'okr-key-results', label: 'At least two key results', check: { kind: 'listItems', section: 'key-results', min: 2 }, section: 'key-results' }],
};
const okrSchema = { type: 'object', required: ['owner'], properties: { owner: { type: 'string' }, type: { const: 'okr' } } };

const okrWithoutKeyResults = joinLines('---', 'type: okr', '---', '# Q3 platform OKRs', '', '## Objective', '', 'Make deploys boring.');

function writeWorkspace(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'leaddocs-custom-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

describe('custom document types from leaddocs.customTypes', () => {
  let folder: string;
  let workspace: string;
  before(() => {
    folder = writeWorkspace({
      'team/okr.doctype.json': JSON.stringify(okrSpec),
      'team/okr.schema.json': JSON.stringify(okrSchema),
      'team/broken.doctype.json': '{ "id": "broken", "label": ',
      // Valid JSON whose checks cannot run: the engine throws while analyzing its documents.
      'team/bad-regex.doctype.json': JSON.stringify({
        id: 'bad-regex',
        label: 'Bad regex',
        checklist: [{ id: 'impossible', label: 'Impossible', check: { kind: 'pattern', regex: '(', flags: 'zz' } }],
      }),
    });
    workspace = pathToFileURL(folder).href;
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('detects and checks a document of the custom type', async () => {
    const client = await LspTestClient.start({ workspaceFolders: [workspace], settings: { customTypes: ['team/okr.doctype.json'] } });
    try {
      const uri = `${workspace}/planning/q3.md`;
      client.open(uri, okrWithoutKeyResults);
      const { diagnostics } = await client.diagnostics(uri);
      const info = await client.documentInfo(uri);

      assert.equal(info.type, 'okr');
      assert.equal(info.typeLabel, 'Quarterly OKRs');
      assert.equal(info.detectedBy, 'front-matter');
      assert.deepEqual(
        diagnostics.filter((diagnostic) => diagnostic.code !== 'checklist-item').map(({ code }) => code).sort(),
        ['front-matter-schema', 'required-section'],
      );
      const missing = diagnostics.find((diagnostic) => diagnostic.code === 'required-section');
      assert.match(String(missing?.message), /Key Results/);
      assert.deepEqual(missing?.range, rangeOfText(okrWithoutKeyResults, '# Q3 platform OKRs'));
      assert.deepEqual(client.shownMessages.history, []);
    } finally {
      await client.stop();
    }
  });

  it('warns about a broken custom type through showMessage and still checks the others', async () => {
    const client = await LspTestClient.start({
      workspaceFolders: [workspace],
      settings: { customTypes: ['team/broken.doctype.json', 'team/missing.doctype.json', 'team/okr.doctype.json'] },
    });
    try {
      const broken = await client.shownMessage((message) => message.message.includes('broken.doctype.json'));
      assert.equal(broken.type, MessageType.Warning);
      assert.match(broken.message, /not valid JSON/);
      const missing = await client.shownMessage((message) => message.message.includes('missing.doctype.json'));
      assert.match(missing.message, /not found/);

      const adr = `${workspace}/doc/adr/0001-use-postgresql.md`;
      client.open(adr, nygardWithoutConsequences);
      assert.ok((await client.diagnostics(adr)).diagnostics.some((diagnostic) => diagnostic.code === 'required-section'));
      const okr = `${workspace}/planning/q3.md`;
      client.open(okr, okrWithoutKeyResults);
      assert.equal((await client.documentInfo(okr)).type, 'okr');
      assert.ok(client.alive);
    } finally {
      await client.stop();
    }
  });

  it('leaves out a custom type whose pattern is invalid, says why, and keeps serving', async () => {
    const client = await LspTestClient.start({ workspaceFolders: [workspace], settings: { customTypes: ['team/bad-regex.doctype.json'] } });
    try {
      const warning = await client.shownMessage((message) => message.message.includes('bad-regex'));
      assert.equal(warning.type, MessageType.Warning);
      assert.match(warning.message, /bad-regex' \(team\/bad-regex.doctype.json\) is left out/);

      // The type is left out, so its documents are plain markdown: no findings rather than noise.
      const bad = `${workspace}/notes/bad.md`;
      client.open(bad, joinLines('---', 'type: bad-regex', '---', '# Cannot be checked'));
      assert.deepEqual((await client.diagnostics(bad)).diagnostics, []);
      assert.equal((await client.documentInfo(bad)).type, null);

      const adr = `${workspace}/doc/adr/0001-use-postgresql.md`;
      client.open(adr, nygardWithoutConsequences);
      assert.ok((await client.diagnostics(adr)).diagnostics.some((diagnostic) => diagnostic.code === 'required-section'));
      assert.equal((await client.documentInfo(adr)).type, 'adr');
      assert.ok(client.alive);
    } finally {
      await client.stop();
    }
  });
});
