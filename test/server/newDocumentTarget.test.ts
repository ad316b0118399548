import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { builtinDocTypes, createEngine, type ResolvedDocType } from '../../server/src/engine';
import { newDocumentTarget } from '../../server/src/host/newDocument/newDocumentTarget';
import { newDocumentTargetRequest, type NewDocumentTarget, type NewDocumentTargetParams } from '../../server/src/protocol/newDocumentProtocol';
import { parseSettings } from '../../server/src/settings/parseSettings';
import { nygardWithoutConsequences } from '../support/adrTexts';
import { joinLines } from '../support/documentText';
import { LspTestClient } from '../support/lspClient';
import { memoryFiles } from '../support/memoryFiles';

const ROOT = 'file:///repo';
const TODAY = '2026-11-25';
const madrAdr = joinLines('---', 'status: accepted', '---', '# Use PostgreSQL', '', '## Context and Problem Statement', '', 'We need a database.');
const okrType: ResolvedDocType = { spec: { id: 'okr', label: 'OKRs', detect: { paths: ['**/objectives/**'] }, checklist: [] } };

async function targetFor(texts: Record<string, string>, params: Partial<NewDocumentTargetParams> & { typeId: string }, settingsSection: unknown = {}, extraTypes: readonly ResolvedDocType[] = []) {
  const { settings } = parseSettings(settingsSection);
  const engine = createEngine({ docTypes: [...builtinDocTypes, ...extraTypes], settings: settings.engine });
  const files = memoryFiles(texts);
  return newDocumentTarget(
    { title: 'Adopt feature flags', today: TODAY, workspaceFolder: ROOT, ...params },
    { files, settings, docTypes: engine.docTypes, analyzeFile: async (uri) => engine.analyze({ uri, text: await files.readText(uri), path: uri.slice(ROOT.length + 1) }) },
  );
}

describe('leaddocs/newDocumentTarget', () => {
  it('numbers a new ADR after the highest in the folder holding most ADRs, with the MADR template', async () => {
    const target = await targetFor({ [`${ROOT}/docs/adr/0001-use-postgres.md`]: madrAdr, [`${ROOT}/docs/adr/0004-use-kafka.md`]: madrAdr, [`${ROOT}/docs/adr/README.md`]: '# ADRs' }, { typeId: 'adr' });
    assert.deepEqual(target, {
      uri: `${ROOT}/docs/adr/0005-adopt-feature-flags.md`,
      folder: `${ROOT}/docs/adr`,
      fileName: '0005-adopt-feature-flags.md',
      number: 5,
      template: 'adr',
    });
  });

  it('continues an adr-tools folder with the Nygard template, as the engine reads its latest record', async () => {
    const target = await targetFor({ [`${ROOT}/doc/adr/0001-record.md`]: madrAdr, [`${ROOT}/doc/adr/0002-use-postgresql.md`]: nygardWithoutConsequences }, { typeId: 'adr' });
    assert.equal(target.fileName, '0003-adopt-feature-flags.md');
    assert.equal(target.template, 'adr-nygard');
  });

  it('uses the folder setting, then the folder asked for, over detection', async () => {
    const texts = { [`${ROOT}/docs/adr/0001-a.md`]: madrAdr, [`${ROOT}/architecture/adr-007-use-grpc.md`]: '# Use gRPC\n' };
    const bySetting = await targetFor(texts, { typeId: 'adr' }, { adr: { folder: 'architecture' } });
    assert.equal(bySetting.uri, `${ROOT}/architecture/adr-008-adopt-feature-flags.md`);
    const asked = await targetFor(texts, { typeId: 'adr', folder: 'design/adr' }, { adr: { folder: 'architecture' } });
    assert.equal(asked.uri, `${ROOT}/design/adr/0001-adopt-feature-flags.md`, 'an empty folder starts at 0001');
    const askedByUri = await targetFor(texts, { typeId: 'adr', folder: `${ROOT}/docs/adr/` });
    assert.equal(askedByUri.uri, `${ROOT}/docs/adr/0002-adopt-feature-flags.md`);
  });

  it('finds a custom type\'s folder from its own path globs, which the client could not see', async () => {
    const target = await targetFor({ [`${ROOT}/team/objectives/q3-platform.md`]: '# Q3' }, { typeId: 'okr', title: 'Q4 platform' }, {}, [okrType]);
    assert.equal(target.uri, `${ROOT}/team/objectives/q4-platform.md`);
    assert.equal(target.template, 'okr');
  });

  it('falls back to the type\'s default folder and naming, and dates postmortems', async () => {
    const brief = await targetFor({}, { typeId: 'brief', title: 'Move search' });
    assert.equal(brief.uri, `${ROOT}/briefs/move-search.md`);
    const postmortem = await targetFor({}, { typeId: 'postmortem', title: 'Checkout outage' });
    assert.equal(postmortem.uri, `${ROOT}/postmortems/${TODAY}-checkout-outage.md`);
    assert.equal(postmortem.number, 1);
  });
});

describe('leaddocs/newDocumentTarget over LSP', () => {
  it('answers from the workspace\'s custom types and the settings of this moment', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'leaddocs-new-'));
    const write = (path: string, text: string): void => {
      mkdirSync(join(folder, path, '..'), { recursive: true });
      writeFileSync(join(folder, path), text);
    };
    write('team/okr.doctype.json', JSON.stringify(okrType.spec));
    write('planning/objectives/q3-platform.md', '# Q3\n');
    const workspaceFolder = pathToFileURL(folder).href;
    const client = await LspTestClient.start({ workspaceFolders: [workspaceFolder], settings: { customTypes: ['team/okr.doctype.json'] } });
    try {
      const ask = (typeId: string): Promise<NewDocumentTarget> =>
        client.connection.sendRequest<NewDocumentTarget>(newDocumentTargetRequest, { typeId, title: 'Next one', today: TODAY, workspaceFolder } satisfies NewDocumentTargetParams);
      assert.equal((await ask('okr')).uri, `${workspaceFolder}/planning/objectives/next-one.md`);
      // A command run right after a setting changed: the change notification has not arrived yet.
      client.settings = { ...client.settings, adr: { folder: 'architecture' } };
      assert.equal((await ask('adr')).uri, `${workspaceFolder}/architecture/0001-next-one.md`);
      await assert.rejects(client.connection.sendRequest(newDocumentTargetRequest, { typeId: 'adr' }), /expects params/);
    } finally {
      await client.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
