import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { FileProblem } from './checkReport';
import { toPosix } from './shownPath';

/** Never walked into: other people's code and git's own store. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const MARKDOWN = /\.(?:md|markdown)$/i;

export interface SelectedFiles {
  /** Absolute paths, sorted and without repeats. */
  readonly files: readonly string[];
  /** Paths that name nothing: a usage error, reported after the files that exist are checked. */
  readonly problems: readonly FileProblem[];
}

interface IgnoreFile {
  readonly folder: string;
  readonly rules: Ignore;
}

/**
 * The markdown files that `paths` name: a file as given (whatever its extension), a folder's
 * markdown files, or a glob's matches. Walking skips what `.gitignore` files ignore, from the
 * workspace root down, and node_modules and .git always.
 */
export async function selectFiles(paths: readonly string[], cwd: string, workspaceRoot: string): Promise<SelectedFiles> {
  const found = new Set<string>();
  const problems: FileProblem[] = [];
  const ignoreFiles = new Map<string, IgnoreFile | null>();
  const walkFrom = async (folder: string, accept: (path: string) => boolean): Promise<void> => {
    await walk(folder, await ancestorIgnores(folder, workspaceRoot, ignoreFiles), accept, found, ignoreFiles);
  };

  for (const given of paths.length === 0 ? ['.'] : paths) {
    const scan = picomatch.scan(given);
    if (scan.isGlob) {
      const matches = picomatch(given.replace(/\\/g, '/').replace(/^\.\//, ''), { dot: false });
      const before = found.size;
      await walkFrom(resolve(cwd, scan.base || '.'), (path) => matches(toPosix(relative(cwd, path))));
      if (found.size === before) problems.push({ path: given, message: 'no markdown file matches this pattern.' });
      continue;
    }
    const absolute = resolve(cwd, given);
    const kind = await stat(absolute).then(
      (stats) => (stats.isDirectory() ? 'folder' : 'file'),
      () => undefined,
    );
    if (kind === undefined) problems.push({ path: given, message: 'no such file or folder.' });
    else if (kind === 'file') found.add(absolute);
    else await walkFrom(absolute, () => true);
  }
  return { files: [...found].sort(), problems };
}

async function walk(folder: string, inherited: readonly IgnoreFile[], accept: (path: string) => boolean, found: Set<string>, cache: Map<string, IgnoreFile | null>): Promise<void> {
  const own = await ignoreFileOf(folder, cache);
  const ignores = own === null ? inherited : [...inherited, own];
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !isIgnored(path, true, ignores)) await walk(path, ignores, accept, found, cache);
    } else if (entry.isFile() && MARKDOWN.test(entry.name) && accept(path) && !isIgnored(path, false, ignores)) {
      found.add(path);
    }
  }
}

/** The `.gitignore` files between the workspace root and `folder`, outermost first. */
async function ancestorIgnores(folder: string, workspaceRoot: string, cache: Map<string, IgnoreFile | null>): Promise<IgnoreFile[]> {
  const inside = relative(workspaceRoot, folder);
  if (inside.startsWith('..') || inside === folder) return [];
  const chain: IgnoreFile[] = [];
  for (let current = dirname(folder); current.length >= workspaceRoot.length && current !== folder; current = dirname(current)) {
    const file = await ignoreFileOf(current, cache);
    if (file !== null) chain.unshift(file);
    if (current === workspaceRoot || dirname(current) === current) break;
  }
  return chain;
}

async function ignoreFileOf(folder: string, cache: Map<string, IgnoreFile | null>): Promise<IgnoreFile | null> {
  const cached = cache.get(folder);
  if (cached !== undefined) return cached;
  const text = await readFile(join(folder, '.gitignore'), 'utf8').catch(() => undefined);
  const file = text === undefined ? null : { folder, rules: ignore().add(text) };
  cache.set(folder, file);
  return file;
}

function isIgnored(path: string, isFolder: boolean, ignores: readonly IgnoreFile[]): boolean {
  return ignores.some(({ folder, rules }) => {
    const inside = toPosix(relative(folder, path));
    return inside !== '' && !inside.startsWith('..') && rules.ignores(isFolder ? `${inside}/` : inside);
  });
}
