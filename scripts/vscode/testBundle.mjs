// The esbuild entry for the real-VS-Code suite (a test artefact, never shipped):
// the runner plus each suite file as its own module, so mocha can load them one by one.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './toolPaths.mjs';

const suiteRoot = path.join(repoRoot, 'test', 'vscode');
const outdir = path.join(repoRoot, 'out', 'vscode-tests');

// The runner loads every bundled *.test.js it finds, so a suite deleted from the source
// must not live on as a stale bundle: every build starts from an empty folder.
fs.rmSync(outdir, { recursive: true, force: true });

function testFilesIn(folder) {
  const dir = path.join(suiteRoot, folder);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((name) => name.endsWith('.test.ts')).map((name) => `test/vscode/${folder}/${name}`);
}

/** @type {import('esbuild').BuildOptions & { entryPoints: string[] }} */
export const vscodeTestBundle = {
  entryPoints: ['test/vscode/index.ts', ...testFilesIn('suite'), ...testFilesIn('restricted'), ...testFilesIn('selftest')],
  outbase: 'test/vscode',
  outdir,
  // mocha loads files with dynamic requires, so it stays a runtime dependency from node_modules.
  external: ['vscode', 'mocha'],
};
