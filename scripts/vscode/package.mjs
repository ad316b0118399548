#!/usr/bin/env node
// Builds minified bundles and packs the .vsix with @vscode/vsce (allow-list in .vscodeignore).
// Prints the package's path, size and contents. Usage: node scripts/vscode/package.mjs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './toolPaths.mjs';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
export const vsixPath = path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

run(process.execPath, ['scripts/build.mjs', '--production']);
// Bundles carry their dependencies, so vsce need not look into node_modules. The repository's
// public address is not settled yet: allow it missing and keep README links relative.
run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsixPath]);
console.log(`${path.relative(repoRoot, vsixPath)}: ${(fs.statSync(vsixPath).size / 1024).toFixed(0)} KiB`);
run(process.execPath, [vsce, 'ls', '--no-dependencies']);
