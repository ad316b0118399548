// Generates the authoring files from doctypes/ and schemas/, so they never drift from what the
// validator checks: snippets/leaddocs.code-snippets (skeletons and reusable sections) and
// templates/*.md (what the "New …" commands write). `--check` fails instead of writing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sectionSnippets } from './authoring/sectionSnippets';
import { buildSkeletons } from './authoring/skeletons';
import { snippetBody, templateText } from './authoring/snippetParts';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');
const stale: string[] = [];

function update(file: string, next: string): void {
  const path = join(root, file);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === next) return;
  if (check) stale.push(file);
  else writeFileSync(path, next);
}

const skeletons = buildSkeletons(root);
const snippets: Record<string, unknown> = {};
for (const skeleton of skeletons) {
  snippets[skeleton.name] = { scope: 'markdown', prefix: skeleton.prefix, description: skeleton.description, body: snippetBody(skeleton.lines) };
}
for (const section of sectionSnippets) {
  snippets[section.name] = { scope: 'markdown', prefix: [section.prefix], description: section.description, body: snippetBody(section.lines) };
}
update('snippets/leaddocs.code-snippets', JSON.stringify(snippets, null, 2) + '\n');

if (!check) mkdirSync(join(root, 'templates'), { recursive: true });
for (const skeleton of skeletons) update(`templates/${skeleton.template}.md`, templateText(skeleton.lines).trimEnd() + '\n');

if (stale.length > 0) {
  console.error(`Generated snippets or templates are out of date in: ${stale.join(', ')}. Run \`npm run docs\` and commit the result.`);
  process.exit(1);
}
