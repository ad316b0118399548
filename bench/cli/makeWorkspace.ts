/**
 * Writes the CLI bench's workspace: the bench corpus (ADRs in four layouts, briefs,
 * postmortems, mentorship plans, ordinary notes; statuses that supersede and reject by ADR
 * number) plus cross-references between ADRs, a README per folder and a .gitignore'd build folder.
 * Usage: node --import tsx bench/cli/makeWorkspace.ts <folder> <documents>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateCorpus } from '../corpus';

const [folder, count] = [process.argv[2], Number(process.argv[3] ?? 10_000)];
if (folder === undefined) throw new Error('Usage: makeWorkspace.ts <folder> <documents>');
mkdirSync(join(folder, '.git'), { recursive: true });
writeFileSync(join(folder, '.gitignore'), 'build/\n');
const folders = new Set<string>();
for (const [index, document] of generateCorpus(count).entries()) {
  const path = join(folder, document.path);
  folders.add(dirname(path));
  // Every fifth document cites an earlier ADR by number, or links one, as decision logs do.
  const citation = index % 5 === 0 ? `\n\nSee ADR-${String(Math.max(1, index - 7)).padStart(4, '0')} and [the earlier decision](../decisions/${String(Math.max(1, index - 3)).padStart(4, '0')}-madr.md).\n` : '';
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, document.text + citation);
}
for (const each of folders) writeFileSync(join(each, 'README.md'), '# About this folder\n\nOrdinary markdown, not a leadership document.\n');
mkdirSync(join(folder, 'build'), { recursive: true });
writeFileSync(join(folder, 'build', 'copy.md'), '# Generated\n');
