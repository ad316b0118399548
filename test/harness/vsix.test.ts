/** The .vsix ships only the allow-listed files and installs into a clean code-server. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

test('the packaged extension installs into a clean code-server', () => {
  const check = spawnSync(process.execPath, ['scripts/vscode/check-vsix.mjs'], { cwd: repoRoot, encoding: 'utf8', timeout: 600_000 });
  const output = `${check.stdout}${check.stderr}`;
  assert.equal(check.status, 0, output);
  assert.match(output, /installed leaddocs\.leaddocs@\S+ into a clean code-server/, output);
});

test('vsce ls lists no node_modules, sources or tests', () => {
  const listing = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(listing.status, 0, listing.stderr);
  const files = listing.stdout.split('\n').filter((line) => line.trim() !== '');
  assert.ok(files.includes('dist/extension.js') && files.includes('dist/server.js'), listing.stdout);
  const forbidden = files.filter((file) => /(^|\/)(node_modules|src|test|out|scripts|\.tools)\/|\.ts$|\.map$/.test(file));
  assert.deepEqual(forbidden, []);
});
