/**
 * `npm pack` makes a package of the command line alone: it installs into a fresh folder without
 * the network (it has no runtime dependencies) and its `leaddocs` bin checks and exports there.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let scratch: string;
let tarball: string;

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 600_000, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
}

before(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'leaddocs-npm-'));
  // prepack builds the production bundles, so the package is what a release would ship.
  const packed = run(npm, ['pack', '--json', '--pack-destination', scratch], repoRoot);
  assert.equal(packed.status, 0, packed.stderr);
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  assert.ok(info !== undefined);
  tarball = path.join(scratch, info.filename);
  const unexpected = info.files.map((file) => file.path).filter((file) => !/^(package\.json|README\.md|LICENSE|dist\/cli\.js|dist\/renderers\/[a-z]+\.js|dist\/standard-fonts\/[\w-]+\.cjs)$/.test(file));
  assert.deepEqual(unexpected, [], 'the package holds the command line and nothing else');
});
after(() => rmSync(scratch, { recursive: true, force: true }));

test('the packed tarball installs offline into a fresh folder and its bin checks and exports documents', () => {
  const project = path.join(scratch, 'project');
  mkdirSync(path.join(project, '.git'), { recursive: true });
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'a-team', private: true }));
  mkdirSync(path.join(project, 'docs', 'decisions'), { recursive: true });
  writeFileSync(path.join(project, 'docs', 'decisions', '0001-use-postgres.md'), '---\nstatus: [accepted]\ndate: 2025-01-10\n---\n\n# Use PostgreSQL\n\n## Context and Problem Statement\n\nOrders need a store.\n');
  writeFileSync(path.join(project, 'docs', 'brief.md'), readFileSync(path.join(repoRoot, 'examples', 'briefs', 'q3-platform-migration.md'), 'utf8'));

  // --offline: a package without runtime dependencies needs nothing from the registry.
  const install = run(npm, ['install', '--offline', tarball], project);
  assert.equal(install.status, 0, install.stderr);
  const installed = JSON.parse(readFileSync(path.join(project, 'node_modules', 'leaddocs', 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  assert.equal(installed.dependencies, undefined);

  const check = run(npm, ['exec', '--offline', '--', 'leaddocs', 'check', 'docs/decisions'], project);
  assert.equal(check.status, 1, check.stderr);
  assert.match(check.stdout, /^docs\/decisions\/0001-use-postgres\.md:2:9 error front-matter-schema /m);

  const exported = run(npm, ['exec', '--offline', '--', 'leaddocs', 'export', 'docs/brief.md', '--format', 'pdf', '-o', 'brief.pdf'], project);
  assert.equal(exported.status, 0, exported.stderr);
  assert.equal(readFileSync(path.join(project, 'brief.pdf')).toString('latin1', 0, 5), '%PDF-');
});
