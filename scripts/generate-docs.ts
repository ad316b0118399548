// Generates what must never drift from the code: the README's rules and settings tables and
// package.json's `contributes.configuration`. `--check` fails instead of writing (used by npm test).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisStoppedMeta } from '../server/src/analysis/stoppedAnalysis';
import { allRules, allWorkspaceRules, builtinDocTypes, ruleFailureMeta, tooManyFindingsMeta } from '../server/src/engine';
import { settingsSchema } from '../server/src/settings/settingsSchema';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');
const stale: string[] = [];

function update(file: string, next: string): void {
  const path = join(root, file);
  const current = readFileSync(path, 'utf8');
  if (current === next) return;
  if (check) stale.push(file);
  else writeFileSync(path, next);
}

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

if (stale.length > 0) {
  console.error(`Generated content is out of date in: ${stale.join(', ')}. Run \`npm run docs\` and commit the result.`);
  process.exit(1);
}
