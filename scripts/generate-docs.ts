// Generates what must never drift from the code: the README's rules and settings tables,
// package.json's `contributes.configuration` and the team settings file's JSON Schema. `--check` fails instead of writing (used by npm test).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisStoppedMeta } from '../server/src/analysis/stoppedAnalysis';
import { allRules, allWorkspaceRules, builtinDocTypes, ruleFailureMeta, tooManyFindingsMeta } from '../server/src/engine';
import { TEAM_FILE_KEYS } from '../server/src/settings/settingsLayers';
import { settingsSchema } from '../server/src/settings/settingsSchema';
import { GeneratedFiles } from './generatedFiles';

const root = join(__dirname, '..');
const generated = new GeneratedFiles(root);
const update = (file: string, next: string): void => generated.update(file, next);

function replaceBetween(text: string, marker: string, body: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers.`);
  return text.slice(0, from + start.length) + '\n' + body + '\n' + text.slice(to);
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const rules = [...allRules.map((rule) => rule.meta), ...allWorkspaceRules.map((rule) => rule.meta), ruleFailureMeta, tooManyFindingsMeta];
const defaultOf = (meta: (typeof rules)[number]): string => (meta.enabledByDefault === false ? `off (${meta.defaultSeverity} when on)` : meta.defaultSeverity);
const rulesTable = [
  '| Rule | What it checks | Default | Quick fix |',
  '|---|---|---|---|',
  // A stopped analysis is reported like a finding, but no setting turns it off: the table only.
  ...[...rules, analysisStoppedMeta].map((meta) => `| <a id="rule-${meta.id}"></a>\`${meta.id}\` | **${cell(meta.title)}.** ${cell(meta.description)} | ${defaultOf(meta)} | ${meta.fixable ? 'yes' : '—'} |`),
].join('\n');

const settingsTable = [
  '| Setting | Default | Description |',
  '|---|---|---|',
  ...Object.entries(settingsSchema).map(([key, spec]) => `| \`${key}\` | \`${JSON.stringify(spec.default)}\` | ${cell(spec.description)} |`),
].join('\n');

const typesTable = [
  '| Type id | Document | Checklist |',
  '|---|---|---|',
  ...builtinDocTypes.map(({ spec }) => `| \`${spec.id}\` | ${cell(spec.label)} | ${spec.checklist.map((item) => cell(item.label)).join('; ')} |`),
].join('\n');

let readme = readFileSync(join(root, 'README.md'), 'utf8');
readme = replaceBetween(readme, 'rules', rulesTable);
readme = replaceBetween(readme, 'settings', settingsTable);
readme = replaceBetween(readme, 'doctypes', typesTable);
update('README.md', readme);

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes?: Record<string, unknown> };
const properties: Record<string, unknown> = {};
for (const [key, spec] of Object.entries(settingsSchema)) {
  const { description, ...schema } = spec;
  properties[key] = { ...schema, markdownDescription: description };
}
// Each rule is listed so settings editors offer its id with a description.
const rulesSetting = properties['leaddocs.rules'] as Record<string, unknown>;
rulesSetting['properties'] = Object.fromEntries(rules.map((meta) => [meta.id, { type: 'string', enum: ['error', 'warning', 'information', 'hint', 'off'], markdownDescription: `${meta.title}. Default: \`${defaultOf(meta)}\`.` }]));
manifest.contributes = { ...manifest.contributes, configuration: { title: 'Leaddocs', properties } };
update('package.json', JSON.stringify(manifest, null, 2) + '\n');

// The team settings file (.leaddocs.json / .leaddocs.yaml) holds the same settings, keys without
// the prefix (or with it, as in settings.json); package.json's jsonValidation/yamlValidation point here.
const teamProperties: Record<string, unknown> = { $schema: { type: 'string', description: 'The JSON Schema this file follows.' } };
for (const key of TEAM_FILE_KEYS) teamProperties[key] = properties[`leaddocs.${key}`];
for (const key of TEAM_FILE_KEYS) teamProperties[`leaddocs.${key}`] = { $ref: `#/properties/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` };
const teamSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Leaddocs team settings',
  description:
    'A workspace\'s .leaddocs.json or .leaddocs.yaml: the leaddocs.* settings a team shares, read by the language server and the leaddocs command line. VS Code settings that someone set win over it, setting by setting.',
  type: 'object',
  properties: teamProperties,
  additionalProperties: false,
};
update('schemas/leaddocs-config.schema.json', JSON.stringify(teamSchema, null, 2) + '\n');

generated.finish('Generated content is');
