import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

let built = false;

/**
 * The bundle is what users run; build it when a source is newer than it, rather than trust a
 * stale one. Only then: other test files spawn bundles that a needless rebuild would rewrite.
 */
export function buildCli(): void {
  if (built || !isStale(CLI, join(ROOT, 'server', 'src'))) return;
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  assert.match(readFileSync(CLI, 'utf8').slice(0, 40), /^#!\/usr\/bin\/env node\n/);
  built = true;
}

function isStale(bundle: string, sources: string): boolean {
  if (!existsSync(bundle)) return true;
  const builtAt = statSync(bundle).mtimeMs;
  const newer = (folder: string): boolean =>
    readdirSync(folder, { withFileTypes: true }).some((entry) => (entry.isDirectory() ? newer(join(folder, entry.name)) : statSync(join(folder, entry.name)).mtimeMs > builtAt));
  return newer(sources);
}

/** A workspace in a temporary folder: a `.git` folder marks its root, as in a real checkout. */
export function makeWorkspace(files: Readonly<Record<string, string | Buffer>>): string {
  const root = mkdtempSync(join(tmpdir(), 'leaddocs-cli-'));
  mkdirSync(join(root, '.git'));
  writeFiles(root, files);
  return root;
}

/** Runs `test` in a fresh workspace holding `files` (the CLI built first), and removes it afterwards. */
export function inWorkspace(files: Readonly<Record<string, string | Buffer>>, test: (root: string) => void): void {
  buildCli();
  const root = makeWorkspace(files);
  try {
    test(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function writeFiles(root: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

export function leaddocs(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LEADDOCS_DEBUG: undefined, NO_COLOR: undefined, ...env }, timeout: 120_000 });
}

export function assertNoStack(result: SpawnSyncReturns<string>): void {
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
  assert.doesNotMatch(result.stderr, /\b\w*Error:/, 'no raw error name');
}

/** An ADR with one error (a status that is no string) and the rest in order. */
export const ADR_WITH_ERROR = `---
status: [accepted]
date: 2025-01-10
decision-makers: [Ana]
---

# Use PostgreSQL for orders

## Context and Problem Statement

Orders need a store.

## Considered Options

- PostgreSQL
- MongoDB

## Decision Outcome

Chosen option: "PostgreSQL", because it fits.

### Consequences

- Good, because we know it.
`;

/** The same ADR, valid: only checklist information remains. */
export const ADR_VALID = ADR_WITH_ERROR.replace('status: [accepted]', 'status: accepted');

/** An ADR with warnings only: a misspelt status and a date to convert. */
export const ADR_WITH_WARNINGS = ADR_WITH_ERROR.replace('status: [accepted]', 'status: acepted').replace('date: 2025-01-10', 'date: March 5, 2025');
