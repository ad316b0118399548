// Writes the corpus documents to test/corpus/files from local git copies of their public
// repositories, at the labelled commits, and proves each one byte-identical (SHA-256).
// The documents belong to their authors, so the repository keeps only labels and sources.
//
//   node --import tsx scripts/corpus/rebuildCorpus.ts --mirrors DIR [--files DIR]
//
// DIR holds one git directory per repository, as `<owner>+<name>/repo`, `<owner>+<name>` or
// `<owner>/<name>` (bare or not). LEADDOCS_CORPUS_MIRRORS may name it instead of --mirrors.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { optionValue } from './commandLine';
import { defaultFilesRoot, readLabels, readSources } from './corpusLabels';

function gitDirectory(mirrors: string, repo: string): string | undefined {
  const [owner = '', name = ''] = repo.split('/');
  const candidates = [join(mirrors, `${owner}+${name}`, 'repo'), join(mirrors, `${owner}+${name}`), join(mirrors, owner, name, '.git'), join(mirrors, owner, name)];
  return candidates.find((candidate) => existsSync(join(candidate, 'HEAD')));
}

const mirrors = optionValue('--mirrors') ?? process.env['LEADDOCS_CORPUS_MIRRORS'];
if (mirrors === undefined) {
  console.error('Name the folder of repository copies: --mirrors DIR (or LEADDOCS_CORPUS_MIRRORS). test/corpus/README.md says how to get them.');
  process.exit(2);
}
const filesRoot = optionValue('--files') ?? defaultFilesRoot;
const sources = readSources();
const problems: string[] = [];
let written = 0;

for (const label of readLabels()) {
  const { repo, commit, path } = label.source;
  if (sources[repo]?.commit !== commit) problems.push(`${label.path}: commit ${commit} is not the one sources.json records for ${repo}`);
  const gitDir = gitDirectory(mirrors, repo);
  if (gitDir === undefined) {
    problems.push(`${label.path}: no copy of ${repo} in ${mirrors}`);
    continue;
  }
  let bytes: Buffer;
  try {
    bytes = execFileSync('git', ['--git-dir', gitDir, 'cat-file', 'blob', `${commit}:${path}`], { maxBuffer: 8 * 1024 * 1024 });
  } catch {
    problems.push(`${label.path}: ${repo} has no ${path} at ${commit}`);
    continue;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== label.sha256) {
    problems.push(`${label.path}: content differs from the labelled document (sha256 ${sha256})`);
    continue;
  }
  const target = join(filesRoot, label.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  written++;
}

console.log(`Wrote ${written} documents to ${filesRoot}.`);
for (const problem of problems) console.error(problem);
process.exit(problems.length === 0 ? 0 : 1);
