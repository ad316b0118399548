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
    const { text, ...where } = target;
    assert.deepEqual(where, {
      uri: `${ROOT}/docs/adr/0005-adopt-feature-flags.md`,
      folder: `${ROOT}/docs/adr`,
      fileName: '0005-adopt-feature-flags.md',
      number: 5,
      template: 'adr',
      templateOrigin: 'built-in',
    });
    assert.ok(text.startsWith(`---\nstatus: proposed\ndate: ${TODAY}\n`), text);
    assert.match(text, /^# Adopt feature flags\n\n## Context and Problem Statement$/m);
    assert.doesNotMatch(text, /\{\{/);
  });

  it('numbers after what the engine reads as a number, ADR0012 and PAY-ADR-0003 included', async () => {
    const target = await targetFor({ [`${ROOT}/docs/adr/0001-a.md`]: madrAdr, [`${ROOT}/docs/adr/ADR0012.md`]: madrAdr, [`${ROOT}/docs/adr/2026-01-02-notes.md`]: madrAdr }, { typeId: 'adr' });
    assert.equal(target.fileName, '0013-adopt-feature-flags.md');
  });

  it('fills the team\'s template, falls back to the built-in one it lacks, and keeps a title on one line', async () => {
    const texts = { [`${ROOT}/.leaddocs/templates/brief.md`]: '# {{ title }}\n\nDated {{date}}, no. {{number}}, {kept}\n' };
    const brief = await targetFor(texts, { typeId: 'brief', title: 'Move\n  search' }, { templates: { folder: '.leaddocs/templates/' } });
    assert.equal(brief.text, `# Move search\n\nDated ${TODAY}, no. 1, {kept}\n`);
    assert.equal(brief.templateOrigin, '.leaddocs/templates/brief.md');
    assert.equal(brief.fileName, 'move-search.md');
    const postmortem = await targetFor(texts, { typeId: 'postmortem' }, { templates: { folder: '.leaddocs/templates' } });
    assert.equal(postmortem.templateOrigin, 'built-in');
    assert.ok(postmortem.text.startsWith('---\ntype: postmortem\n'), postmortem.text);
  });

  it('refuses a team template outside the workspace, naming it and not its content', async () => {
    const texts = { 'file:///elsewhere/brief.md': 'SECRET' };
    await assert.rejects(
      targetFor(texts, { typeId: 'brief' }, { templates: { folder: '../elsewhere' } }),
      (error: Error) => error.message === '../elsewhere/brief.md lies outside the workspace folder' && !error.message.includes('SECRET'),
    );
  });

  it('starts a team type without a template from its spec: type, status, date, title and sections', async () => {
    const adrLike: ResolvedDocType = {
      spec: {
        id: 'rfc',
        label: 'RFC',
        fields: { date: { kind: 'date' } },
        status: { field: 'state', values: { draft: [], accepted: [] } },
        sections: [{ id: 'summary', title: 'Summary', prompt: 'One paragraph.' }, { id: 'detail', title: 'Detail', level: 3 }],
        checklist: [],
      },
    };
    const target = await targetFor({}, { typeId: 'rfc', title: 'Faster builds' }, {}, [adrLike]);
    assert.equal(target.templateOrigin, 'spec');
    assert.equal(target.uri, `${ROOT}/rfc/faster-builds.md`);
    assert.equal(target.text, `---\ntype: rfc\nstate: draft\ndate: ${TODAY}\n---\n\n# Faster builds\n\n## Summary\n\n{One paragraph.}\n\n### Detail\n\n{Detail}\n`);
  });

  it('continues an adr-tools folder with the Nygard template, as the engine reads its latest record', async () => {
    const target = await targetFor({ [`${ROOT}/doc/adr/0001-record.md`]: madrAdr, [`${ROOT}/doc/adr/0002-use-postgresql.md`]: nygardWithoutConsequences }, { typeId: 'adr' });
    assert.equal(target.fileName, '0003-adopt-feature-flags.md');
    assert.equal(target.template, 'adr-nygard');
    assert.ok(target.text.startsWith('# 3. Adopt feature flags\n\nDate: 2026-11-25\n'), target.text);
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

  it('prefers the team\'s own folder to a test fixture folder holding more documents', async () => {
    const fixtures = Object.fromEntries([1, 2, 3].map((n) => [`${ROOT}/packages/core/integration-tests/docs/adr/000${n}-x.md`, madrAdr]));
    const target = await targetFor({ ...fixtures, [`${ROOT}/docs/adr/0001-use-postgres.md`]: madrAdr }, { typeId: 'adr' });
    assert.equal(target.uri, `${ROOT}/docs/adr/0002-adopt-feature-flags.md`);
    const onlyFixtures = await targetFor(fixtures, { typeId: 'adr' });
    assert.equal(onlyFixtures.uri, `${ROOT}/packages/core/integration-tests/docs/adr/0004-adopt-feature-flags.md`);
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

  it('renders the team\'s template, only in a trusted workspace', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'leaddocs-new-'));
    mkdirSync(join(folder, 'templates'));
    writeFileSync(join(folder, 'templates', 'brief.md'), '# Brief: {{title}}\n');
    const workspaceFolder = pathToFileURL(folder).href;
    const params = { typeId: 'brief', title: 'Next one', today: TODAY, workspaceFolder } satisfies NewDocumentTargetParams;
    const settings = { templates: { folder: 'templates' } };
    const trusted = await LspTestClient.start({ workspaceFolders: [workspaceFolder], settings });
    const untrusted = await LspTestClient.start({ workspaceFolders: [workspaceFolder], settings, initializationOptions: { workspaceTrusted: false } });
    try {
      assert.equal((await trusted.connection.sendRequest<NewDocumentTarget>(newDocumentTargetRequest, params)).text, '# Brief: Next one\n');
      const restricted = await untrusted.connection.sendRequest<NewDocumentTarget>(newDocumentTargetRequest, params);
      assert.equal(restricted.templateOrigin, 'built-in');
      assert.ok(restricted.text.startsWith('---\ntype: brief\n'), restricted.text);
    } finally {
      await Promise.all([trusted.stop(), untrusted.stop()]);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
