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

async function targetFor(texts: Record<string, string>, params: Partial<NewDocumentTargetParams> & { typeId: string }, settingsSection: unknown = {}, extraTypes: readonly ResolvedDocType[] = [], trusted = true) {
  const { settings } = parseSettings(settingsSection);
  const engine = createEngine({ docTypes: [...builtinDocTypes, ...extraTypes], settings: settings.engine });
  const files = memoryFiles(texts);
  return newDocumentTarget(
    { title: 'Adopt feature flags', today: TODAY, workspaceFolder: ROOT, ...params },
    { files, settings, trusted, docTypes: engine.docTypes, analyzeFile: async (uri) => engine.analyze({ uri, text: await files.readText(uri), path: uri.slice(ROOT.length + 1) }) },
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

// log4brains' own template (packages/init/assets/template.md, thomvaill/log4brains@37187fc), shortened.
const LOG4BRAINS_TEMPLATE = joinLines(
  '# [short title of solved problem and solution]',
  '',
  '- Status: [draft | proposed | rejected | accepted | deprecated | … | superseded by [xxx](yyyymmdd-xxx.md)] <!-- optional -->',
  '- Deciders: [list everyone involved in the decision] <!-- optional -->',
  '- Date: [YYYY-MM-DD when the decision was last updated] <!-- optional. To customize the ordering without relying on Git creation dates and filenames -->',
  '',
  '## Context and Problem Statement',
  '',
  '[Describe the context and problem statement.]',
  '',
  '## Decision Outcome',
  '',
  'Chosen option: "[option 1]", because [justification].',
);
const LOG4BRAINS_ADR = LOG4BRAINS_TEMPLATE.replace('[short title of solved problem and solution]', 'Use Markdown Architectural Decision Records').replace('- Date: [YYYY-MM-DD', '- Date: 2020-09-24 [');
const LOG4BRAINS_CONFIG = joinLines('---', 'project:', '  name: Log4brains', '  tz: Europe/Paris', '  adrFolder: ./architecture/log', '', '  packages:', '    - name: core', '      path: ./packages/core', '      adrFolder: ./packages/core/docs/adr');

describe('leaddocs/newDocumentTarget in a log4brains project', () => {
  const project = {
    [`${ROOT}/.log4brains.yml`]: LOG4BRAINS_CONFIG,
    [`${ROOT}/architecture/log/20200924-use-markdown-architectural-decision-records.md`]: LOG4BRAINS_ADR,
    [`${ROOT}/architecture/log/index.md`]: '# Architecture knowledge base\n',
    [`${ROOT}/architecture/log/template.md`]: LOG4BRAINS_TEMPLATE,
    // More ADRs, in a folder that detection would choose: the configuration wins.
    ...Object.fromEntries([1, 2, 3].map((n) => [`${ROOT}/packages/core/docs/adr/2020100${n}-core-${n}.md`, LOG4BRAINS_ADR])),
  };

  it('writes in the folder .log4brains.yml names, by date, from its template.md with the title and date filled', async () => {
    const target = await targetFor(project, { typeId: 'adr' });
    const { text, ...where } = target;
    assert.deepEqual(where, {
      uri: `${ROOT}/architecture/log/${TODAY.replace(/-/g, '')}-adopt-feature-flags.md`,
      folder: `${ROOT}/architecture/log`,
      fileName: '20261125-adopt-feature-flags.md',
      number: 2,
      template: 'template.md',
      templateOrigin: 'architecture/log/template.md',
    });
    const expected = LOG4BRAINS_TEMPLATE.replace('[short title of solved problem and solution]', 'Adopt feature flags').replace('- Date: [YYYY-MM-DD when the decision was last updated]', `- Date: ${TODAY}`);
    assert.equal(text, expected);
  });

  it('gives a second ADR of the same title on the same day log4brains\' -2, and dates an empty folder too', async () => {
    const again = await targetFor({ ...project, [`${ROOT}/architecture/log/20261125-adopt-feature-flags.md`]: LOG4BRAINS_ADR }, { typeId: 'adr' });
    assert.equal(again.fileName, '20261125-adopt-feature-flags-2.md');
    // A project just set up: the folder holds the template only, and its ADRs are still dated.
    const fresh = await targetFor({ [`${ROOT}/.log4brains.yml`]: LOG4BRAINS_CONFIG, [`${ROOT}/architecture/log/template.md`]: LOG4BRAINS_TEMPLATE, [`${ROOT}/docs/adr/0001-numbered.md`]: madrAdr }, { typeId: 'adr' });
    assert.equal(fresh.uri, `${ROOT}/architecture/log/20261125-adopt-feature-flags.md`);
    assert.equal(fresh.templateOrigin, 'architecture/log/template.md');
  });

  it('ignores a .log4brains.yml that is broken, has no adrFolder or leads outside the workspace, and finds the ADRs instead', async () => {
    for (const config of ['project: [unclosed', 'project:\n  name: x\n', 'project:\n  adrFolder: ../../etc\n', 'project:\n  adrFolder: /etc\n']) {
      const target = await targetFor({ ...project, [`${ROOT}/.log4brains.yml`]: config }, { typeId: 'adr' });
      assert.equal(target.folder, `${ROOT}/packages/core/docs/adr`, config);
      assert.equal(target.fileName, '20261125-adopt-feature-flags.md', `${config}: the folder's dated names are followed`);
    }
  });

  it('files the ADR in the package the author is in, the deepest when packages nest, as log4brains adr new offers', async () => {
    assert.equal((await targetFor(project, { typeId: 'adr', near: `${ROOT}/packages/core/src/index.ts` })).folder, `${ROOT}/packages/core/docs/adr`);
    assert.equal((await targetFor(project, { typeId: 'adr', near: `${ROOT}/packages/core` })).folder, `${ROOT}/packages/core/docs/adr`);
    // Elsewhere, or in a folder that only starts like a package's, the project's own log.
    assert.equal((await targetFor(project, { typeId: 'adr', near: `${ROOT}/packages/core-web/x.md` })).folder, `${ROOT}/architecture/log`);
    assert.equal((await targetFor(project, { typeId: 'adr', near: ROOT })).folder, `${ROOT}/architecture/log`);
    const nested = { ...project, [`${ROOT}/.log4brains.yml`]: `${LOG4BRAINS_CONFIG}\n    - name: core-plugins\n      path: ./packages/core/plugins\n      adrFolder: ./packages/core/plugins/adr\n    - name: broken\n      path: ../outside\n      adrFolder: ./x\n` };
    assert.equal((await targetFor(nested, { typeId: 'adr', near: `${ROOT}/packages/core/plugins/a/b.md` })).uri, `${ROOT}/packages/core/plugins/adr/20261125-adopt-feature-flags.md`);
  });

  it('leaves a setting or an asked-for folder in charge, and other types alone', async () => {
    assert.equal((await targetFor(project, { typeId: 'adr' }, { adr: { folder: 'decisions' } })).uri, `${ROOT}/decisions/0001-adopt-feature-flags.md`);
    assert.equal((await targetFor(project, { typeId: 'adr', folder: 'packages/core/docs/adr' })).fileName, '20261125-adopt-feature-flags.md');
    assert.equal((await targetFor(project, { typeId: 'brief' })).uri, `${ROOT}/briefs/adopt-feature-flags.md`);
  });
});

describe('leaddocs/newDocumentTarget with a folder\'s own template', () => {
  it('prefers the team\'s template, and reads none of the workspace\'s in an untrusted workspace', async () => {
    const texts = { [`${ROOT}/docs/adr/0001-use-postgres.md`]: madrAdr, [`${ROOT}/docs/adr/adr-template.md`]: '# {short title}\n\nDate: {YYYY-MM-DD}\n', [`${ROOT}/templates/adr.md`]: '# {{title}} (team)\n' };
    const folders = await targetFor(texts, { typeId: 'adr' });
    assert.equal(folders.text, `# Adopt feature flags\n\nDate: ${TODAY}\n`);
    assert.equal(folders.template, 'adr-template.md');
    const team = await targetFor(texts, { typeId: 'adr' }, { templates: { folder: 'templates' } });
    assert.equal(team.text, '# Adopt feature flags (team)\n');
    const untrusted = await targetFor(texts, { typeId: 'adr' }, {}, [], false);
    assert.equal(untrusted.templateOrigin, 'built-in');
  });

  it('keeps an adr-tools H1\'s number, fills {{…}} fields as any template, and puts a title before a template without H1', async () => {
    const nygard = await targetFor({ [`${ROOT}/doc/adr/0001-record.md`]: nygardWithoutConsequences, [`${ROOT}/doc/adr/template.md`]: '# 1. Record architecture decisions\r\n\r\nDate: 2018-07-05\r\n\r\n## Status\r\n\r\nDraft\r\n' }, { typeId: 'adr' });
    assert.equal(nygard.text, `# 2. Adopt feature flags\r\n\r\nDate: ${TODAY}\r\n\r\n## Status\r\n\r\nDraft\r\n`);
    const fields = await targetFor({ [`${ROOT}/docs/adr/template.md`]: '# ADR {{number}}: {{title}}\n\n- Date: [YYYY-MM-DD]\n' }, { typeId: 'adr' });
    assert.equal(fields.text, `# ADR 1: Adopt feature flags\n\n- Date: ${TODAY}\n`);
    const headless = await targetFor({ [`${ROOT}/docs/adr/template.md`]: '---\nstatus: proposed\ndate: {YYYY-MM-DD when decided}\n---\n\n## Context\n\n<!-- # not a heading -->\n' }, { typeId: 'adr' });
    assert.equal(headless.text, `---\nstatus: proposed\ndate: ${TODAY}\n---\n# Adopt feature flags\n\n\n## Context\n\n<!-- # not a heading -->\n`);
  });

  it('fills an adr-tools folder\'s templates/template.md as adr new does, the status Proposed', async () => {
    // npryce/adr-tools@b3279ba src/template.md, as a team would customise it.
    const adrTools = '# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nOn each line the first TITLE only, as sed does: TITLE.\n';
    const target = await targetFor({ [`${ROOT}/doc/adr/0001-record.md`]: nygardWithoutConsequences, [`${ROOT}/doc/adr/0002-b.md`]: nygardWithoutConsequences, [`${ROOT}/doc/adr/templates/template.md`]: adrTools }, { typeId: 'adr' });
    assert.equal(target.text, `# 3. Adopt feature flags\n\nDate: ${TODAY}\n\n## Status\n\nProposed\n\n## Context\n\nOn each line the first Adopt feature flags only, as sed does: TITLE.\n`);
    assert.deepEqual([target.template, target.templateOrigin], ['templates/template.md', 'doc/adr/templates/template.md']);
  });

  it('refuses a folder template it may not read, naming it', async () => {
    const huge = 'x'.repeat(1024 * 1024 + 1);
    await assert.rejects(targetFor({ [`${ROOT}/docs/adr/template.md`]: huge }, { typeId: 'adr' }), (error: Error) => /^docs\/adr\/template\.md was not read: it is larger than/.test(error.message));
  });
});

// dfds/postmortems@2c90228: a repository of postmortems and nothing else, all at its root.
const DFDS_POSTMORTEM = joinLines('# Traefik Rule Preventing Some Inbound Traffic', '', '## Summary', '', 'A change was pushed.', '', '## Timeline', '', 'All times in UTC.', '', '## Contributing Factors', '', '- A node', '', '## Action Items', '', '- Fix', '', '## Lessons Learned', '', '- Test');
const DFDS_TEMPLATE = joinLines('# Incident Title', '', '## Summary', '', '## Timeline', '', 'All times in UTC.', '', '## Action Items', '', '-');

describe('leaddocs/newDocumentTarget for documents at the workspace root', () => {
  it('writes a postmortem beside the others at the root, numbered in its year and titled as written, from their template', async () => {
    // URIs as a client sends them, spaces encoded.
    const atRoot = (name: string): string => new URL(name, `${ROOT}/`).href;
    const texts = {
      [atRoot('PM2025-001 - Node system resource starvation.md')]: DFDS_POSTMORTEM,
      [atRoot('PM2025-002 - Traefik rule preventing some inbound traffic.md')]: DFDS_POSTMORTEM,
      [atRoot('PMyyyy-nnn - Postmortem template.md')]: DFDS_TEMPLATE,
      [atRoot('README.md')]: '# postmortem\nA repository containing Cloud Engineering postmortems\n',
    };
    const target = await targetFor(texts, { typeId: 'postmortem', title: 'Checkout outage', today: '2025-06-01' });
    assert.equal(target.uri, `${ROOT}/PM2025-003%20-%20Checkout%20outage.md`);
    assert.equal(target.fileName, 'PM2025-003 - Checkout outage.md');
    assert.equal(target.folder, ROOT);
    assert.equal(target.number, 3);
    assert.equal(target.templateOrigin, 'PMyyyy-nnn - Postmortem template.md');
    assert.equal(target.text, DFDS_TEMPLATE.replace('# Incident Title', '# Checkout outage'));
  });

  it('follows dated names at the root (PostHog/post-mortems), and leaves a project\'s root alone', async () => {
    const dated = joinLines('# Flags is down', '', '## Summary', '', 'Flags failed.', '', '## Timeline', '', '- 10:00 down', '', '## Root cause', '', 'A bad deploy.', '', '## Action items', '', '- [ ] Alert');
    const texts = { [`${ROOT}/2025-09-29-flags-is-down.md`]: dated, [`${ROOT}/2025-10-03-surveys-sdk-bug.md`]: dated, [`${ROOT}/README.md`]: '# Post-mortems\n' };
    assert.equal((await targetFor(texts, { typeId: 'postmortem', title: 'Checkout outage' })).uri, `${ROOT}/${TODAY}-checkout-outage.md`);
    // A code repository's root: one postmortem among its documents is not where postmortems live.
    const project = { [`${ROOT}/2025-09-29-flags-is-down.md`]: dated, [`${ROOT}/SECURITY.md`]: '# Security\n\nReport issues.\n', [`${ROOT}/CODE_OF_CONDUCT.md`]: '# Code of conduct\n\nBe kind.\n', [`${ROOT}/README.md`]: '# App\n' };
    assert.equal((await targetFor(project, { typeId: 'postmortem', title: 'Checkout outage' })).uri, `${ROOT}/postmortems/${TODAY}-checkout-outage.md`);
    // A folder of postmortems by name still wins over the root.
    const both = { ...texts, [`${ROOT}/incidents/postmortems/2024-01-01-old.md`]: dated };
    assert.equal((await targetFor(both, { typeId: 'postmortem', title: 'Checkout outage' })).folder, `${ROOT}/incidents/postmortems`);
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

  it('renders the team\'s template and a folder\'s own, only in a trusted workspace', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'leaddocs-new-'));
    mkdirSync(join(folder, 'templates'));
    writeFileSync(join(folder, 'templates', 'brief.md'), '# Brief: {{title}}\n');
    // The folder's own template is the workspace's too.
    mkdirSync(join(folder, 'postmortems'));
    writeFileSync(join(folder, 'postmortems', 'template.md'), '# Incident title\n\nDate: [YYYY-MM-DD]\n');
    const workspaceFolder = pathToFileURL(folder).href;
    const params = { typeId: 'brief', title: 'Next one', today: TODAY, workspaceFolder } satisfies NewDocumentTargetParams;
    const postmortem = { ...params, typeId: 'postmortem' };
    const settings = { templates: { folder: 'templates' } };
    const trusted = await LspTestClient.start({ workspaceFolders: [workspaceFolder], settings });
    const untrusted = await LspTestClient.start({ workspaceFolders: [workspaceFolder], settings, initializationOptions: { workspaceTrusted: false } });
    try {
      assert.equal((await trusted.connection.sendRequest<NewDocumentTarget>(newDocumentTargetRequest, params)).text, '# Brief: Next one\n');
      const restricted = await untrusted.connection.sendRequest<NewDocumentTarget>(newDocumentTargetRequest, params);
      assert.equal(restricted.templateOrigin, 'built-in');
      assert.ok(restricted.text.startsWith('---\ntype: brief\n'), restricted.text);
      assert.equal((await trusted.connection.sendRequest<NewDocumentTarget>(newDocumentTargetRequest, postmortem)).text, `# Next one\n\nDate: ${TODAY}\n`);
      assert.equal((await untrusted.connection.sendRequest<NewDocumentTarget>(newDocumentTargetRequest, postmortem)).templateOrigin, 'built-in');
    } finally {
      await Promise.all([trusted.stop(), untrusted.stop()]);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
