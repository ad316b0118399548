#!/usr/bin/env node
// Packs the .vsix and installs it into a clean code-server (throwaway extensions and
// user-data folders), then lists what got installed. Exits non-zero if any step fails.
// Usage: node scripts/vscode/check-vsix.mjs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRunDir, removeRunDir, runEnv } from './runDir.mjs';
import { probeExports } from './vsixExportProbe.mjs';
import { codeServerEntry, node24, node24Env, repoRoot } from './toolPaths.mjs';

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: repoRoot, env, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${output}`);
  return output;
}

run(process.execPath, ['scripts/vscode/install-code-server.mjs', '--quiet'], process.env);
run(process.execPath, ['scripts/vscode/package.mjs'], process.env);
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const vsixPath = path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
const extensionId = `${manifest.publisher}.${manifest.name}`;

const dirs = createRunDir('vsix');
const env = node24Env(runEnv(dirs));
const codeServer = (...args) => run(node24, [codeServerEntry, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, ...args], env);

console.log(codeServer('--install-extension', vsixPath).trim());
const installed = codeServer('--list-extensions', '--show-versions');
const expected = `${extensionId}@${manifest.version}`;
if (!installed.split('\n').some((line) => line.trim() === expected)) {
  throw new Error(`${expected} is not among the installed extensions:\n${installed}`);
}
const installedDir = path.join(dirs.extensions, `${extensionId}-${manifest.version}`);
for (const file of ['package.json', 'dist/extension.js', 'dist/server.js', 'dist/preview.js', 'dist/browser/extension.js', 'dist/browser/server.js', 'dist/renderers/pdf.js', 'dist/standard-fonts/Helvetica.cjs', 'media/preview.css']) {
  if (!fs.existsSync(path.join(installedDir, file))) throw new Error(`installed extension lacks ${file}`);
}
console.log(`installed ${expected} into a clean code-server`);
// The renderers are bundles of their own and pdfkit's fonts ship beside them: no node_modules in the vsix.
const exports = await probeExports(installedDir, node24);
console.log(`the installed server exports ${Object.entries(exports).map(([format, { bytes, ms }]) => `${format} (${bytes} B, ${ms} ms)`).join(', ')}`);
removeRunDir(dirs);
