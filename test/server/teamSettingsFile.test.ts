import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { readTeamSettings } from '../../server/src/host/teamSettingsFile';
import { readWorkspaceSettings } from '../../server/src/host/workspaceSettings';
import { parseSettings } from '../../server/src/settings/parseSettings';
import { layerSettings, TEAM_FILE_KEYS } from '../../server/src/settings/settingsLayers';
import { joinLines } from '../support/documentText';
import { memoryFiles } from '../support/memoryFiles';

const ROOT = 'file:///repo';
const SECRET = 'hunter2-secret-token';

async function teamSettings(files: Record<string, string>) {
  return readTeamSettings([ROOT], memoryFiles(Object.fromEntries(Object.entries(files).map(([path, text]) => [`${ROOT}/${path}`, text]))));
}

describe('the team settings file', () => {
  it('reads .leaddocs.yaml and .leaddocs.json alike: keys with or without the prefix, JSON with comments', async () => {
    const yaml = await teamSettings({ '.leaddocs.yaml': joinLines('# team defaults', 'passMark: 70', 'rules:', '  section-order: off', 'leaddocs.decisionLog.order: status', 'validation.delay: 20') });
    assert.deepEqual(yaml, { file: '.leaddocs.yaml', problems: [], section: { passMark: 70, rules: { 'section-order': 'off' }, 'decisionLog.order': 'status', 'validation.delay': 20 } });
    const json = await teamSettings({ '.leaddocs.json': joinLines('{', '  // team defaults', '  "$schema": "./schemas/leaddocs-config.schema.json",', '  "passMark": 70,', '  "rules": { "section-order": "off", },', '}') });
    assert.deepEqual(json, { file: '.leaddocs.json', problems: [], section: { passMark: 70, rules: { 'section-order': 'off' } } });
    assert.deepEqual(await teamSettings({ '.leaddocs.yml': 'passMark: 60\n' }), { file: '.leaddocs.yml', problems: [], section: { passMark: 60 } });
    assert.deepEqual(await teamSettings({}), { file: undefined, problems: [], section: {} });
  });

  it('reads one file, and says which it ignores', async () => {
    const both = await teamSettings({ '.leaddocs.json': '{"passMark": 70}', '.leaddocs.yaml': 'passMark: 90\n' });
    assert.deepEqual(both.section, { passMark: 70 });
    assert.deepEqual(both.problems, ['.leaddocs.yaml is ignored: .leaddocs.json holds the team\'s Leaddocs settings, and only one such file is read.']);
  });

  it('names a broken file and the line, never its content, and ignores it', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ '.leaddocs.json': joinLines('{', '  "passMark": 70,', `  "rules": { "${SECRET}" }`, '}') }, /^\.leaddocs\.json is not valid JSON \(\w+ on line 3\); its settings are ignored\.$/],
      [{ '.leaddocs.yaml': joinLines('passMark: 70', `rules: [${SECRET}`, '') }, /^\.leaddocs\.yaml is not valid YAML \(\w+ on line \d\); its settings are ignored\.$/],
      [{ '.leaddocs.yaml': `- ${SECRET}\n` }, /^\.leaddocs\.yaml is not an object of settings; its settings are ignored\.$/],
      [{ '.leaddocs.yaml': `rules: ${'['.repeat(5000)}${SECRET}${']'.repeat(5000)}\n` }, /^\.leaddocs\.yaml nests too deeply on line 1; its settings are ignored\.$/],
      [{ '.leaddocs.yaml': joinLines('a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 60 }, (_, i) => `b${i}: [*a, *a, *a]`)) }, /^\.leaddocs\.yaml is not valid YAML \(too many aliases\); its settings are ignored\.$/],
      [{ '.leaddocs.json': `{"passMark": 70, "note": "${'x'.repeat(1024 * 1024)}"}` }, /^\.leaddocs\.json was not read: it is larger than 1048576 bytes; its settings are ignored\.$/],
    ];
    for (const [files, problem] of cases) {
      const read = await teamSettings(files);
      assert.deepEqual(read.section, {}, Object.keys(files)[0]);
      assert.equal(read.problems.length, 1, read.problems.join(' | '));
      assert.match(read.problems[0] ?? '', problem);
      assert.doesNotMatch(read.problems[0] ?? '', new RegExp(SECRET));
    }
  });

  it('drops keys that name no setting, or a setting only the editor reads, keeping the rest', async () => {
    const read = await teamSettings({ '.leaddocs.yaml': joinLines('passMarc: 70', 'passMark: 75', 'fixAllOnSave: true') });
    assert.deepEqual(read.section, { passMark: 75 });
    assert.deepEqual(read.problems, [
      '.leaddocs.yaml: "passMarc" is not a Leaddocs setting; it is ignored.',
      '.leaddocs.yaml: "fixAllOnSave" is read by the editor alone; set it in VS Code\'s settings. It is ignored here.',
    ]);
  });

  it('lies under the editor\'s settings: they win setting by setting, and rule by rule', async () => {
    const files = memoryFiles({
      [`${ROOT}/.leaddocs.yaml`]: joinLines('passMark: 70', 'decisionLog.staleProposalDays: 10', 'rules:', '  section-order: off', '  empty-section: error'),
      [`${ROOT}/.vscode/settings.json`]: JSON.stringify({ 'leaddocs.passMark': 90, 'leaddocs.rules': { 'empty-section': 'hint' } }),
    });
    const { section, problems } = await readWorkspaceSettings(ROOT, files);
    assert.deepEqual(problems, []);
    const { settings } = parseSettings(section);
    assert.equal(settings.engine.passMark, 90);
    assert.equal(settings.decisionLog.staleProposalDays, 10);
    assert.deepEqual(settings.engine.rules, { 'section-order': 'off', 'empty-section': 'hint' });
  });

  it('layers nested sections as VS Code sends them, and null sets nothing', () => {
    const section = layerSettings([{ passMark: 70, 'validation.delay': 20 }, { passMark: null, validation: { delay: 5 }, decisionLog: { order: 'status' } }]);
    assert.deepEqual(section, { passMark: 70, 'validation.delay': 5, 'decisionLog.order': 'status' });
  });
});

describe('schemas/leaddocs-config.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'leaddocs-config.schema.json'), 'utf8')) as Record<string, unknown>;
  // VS Code's own keywords (markdownDescription) are not JSON Schema's; ajv is told to let them be.
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  it('accepts a team file in either format, with or without the prefix', () => {
    const yaml: unknown = parseYaml(joinLines('passMark: 70', 'rules:', '  section-order: "off"', '  my-team-rule: warning', 'documentTypes.paths:', '  adr: ["design/adr/**"]', 'leaddocs.customTypes: [types/okr.doctype.json]', 'validation.delay: null', 'templates.folder: .leaddocs/templates'));
    assert.equal(validate(yaml), true, JSON.stringify(validate.errors));
    assert.equal(validate({ $schema: './x.json', 'decisionLog.order': 'status', 'adr.folder': 'docs/adr' }), true, JSON.stringify(validate.errors));
  });

  it('rejects unknown keys, editor-only settings and values out of range', () => {
    for (const bad of [{ passMarc: 70 }, { passMark: 101 }, { rules: { 'section-order': 'loud' } }, { 'leaddocs.passMark': '80' }, { fixAllOnSave: true }, { 'decisionLog.order': 'date' }, { ignore: 'drafts/**' }]) {
      assert.equal(validate(bad), false, JSON.stringify(bad));
    }
  });

  it('describes every key the reader takes', () => {
    const properties = Object.keys(schema['properties'] as Record<string, unknown>);
    for (const key of TEAM_FILE_KEYS) assert.ok(properties.includes(key) && properties.includes(`leaddocs.${key}`), key);
  });
});
