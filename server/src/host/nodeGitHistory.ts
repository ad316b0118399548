import { execFile } from 'node:child_process';
import { posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogEntry } from '../engine';

/** The day (YYYY-MM-DD) a document was added to its repository; undefined when git cannot tell. */
export type AddedOn = (entry: Pick<CatalogEntry, 'uri'>) => string | undefined;

/** A repository's history is read once; one this large or this slow is not worth waiting for. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
const TIMEOUT_MS = 30_000;
/** Before each commit's files: its author date. No path begins with it, as git prints a status first. */
const COMMIT_MARK = 'commit ';

interface RepositoryHistory {
  /** A folder's own path, and where it sits inside its repository (`docs/` or ''). */
  readonly folder: string;
  readonly prefix: string;
  /** Repository-relative POSIX path → the day it was added. */
  readonly added: ReadonlyMap<string, string>;
}

/**
 * When each markdown file of the folders' git repositories was added, from one `git log` per
 * folder (any folder inside a repository will do): a renamed file keeps the day its first name
 * was added. A folder outside a
 * repository, or without git installed, adds nothing, silently: proposals are then counted
 * from their own dates. Never throws.
 */
export async function gitAddedDates(folderUris: readonly string[]): Promise<AddedOn> {
  const histories = (await Promise.all(folderUris.map(historyOf))).filter((history) => history !== undefined);
  if (histories.length === 0) return () => undefined;
  return (entry) => {
    if (!entry.uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(entry.uri);
    for (const { folder, prefix, added } of histories) {
      // Files above the folder are found too, as long as they are inside its repository.
      const inRepository = posix.normalize(prefix + relative(folder, path).split(sep).join('/'));
      const day = inRepository.startsWith('../') ? undefined : added.get(inRepository);
      if (day !== undefined) return day;
    }
    return undefined;
  };
}

async function historyOf(folderUri: string): Promise<RepositoryHistory | undefined> {
  if (!folderUri.startsWith('file:')) return undefined;
  const folder = fileURLToPath(folderUri);
  try {
    const prefix = (await git(folder, ['rev-parse', '--show-prefix'])).trim();
    // Oldest first, so that a rename can hand on the day its source was added.
    const log = await git(folder, ['log', '--reverse', '-M', '--diff-filter=AR', '--name-status', '-z', '--date=short', `--format=%x00${COMMIT_MARK}%ad`, '--', ':(top,glob)**/*.md', ':(top,glob)**/*.markdown']);
    return { folder, prefix, added: addedDaysIn(log) };
  } catch {
    return undefined;
  }
}

/** Reads `git log --name-status -z` output: a commit mark, then status and path(s) per file. */
export function addedDaysIn(log: string): Map<string, string> {
  const added = new Map<string, string>();
  const fields = log.split('\0');
  let day: string | undefined;
  for (let index = 0; index < fields.length; index++) {
    const field = (fields[index] as string).replace(/^\n/, '');
    if (field.startsWith(COMMIT_MARK)) {
      day = field.slice(COMMIT_MARK.length);
    } else if (field === 'A' && day !== undefined) {
      added.set(fields[++index] as string, day);
    } else if (/^R\d*$/.test(field) && day !== undefined) {
      const from = fields[++index] as string;
      const to = fields[++index] as string;
      added.set(to, added.get(from) ?? day);
      added.delete(from);
    }
  }
  return added;
}

function git(cwd: string, args: readonly string[]): Promise<string> {
  // No hook, pager or file-system monitor of the repository's own configuration runs.
  const safe = ['-c', 'core.fsmonitor=false', '-c', 'core.pager=cat', '--no-pager'];
  return new Promise((resolve, reject) =>
    execFile('git', [...safe, ...args], { cwd, maxBuffer: MAX_OUTPUT_BYTES, timeout: TIMEOUT_MS, windowsHide: true, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' } }, (error, stdout) =>
      error === null ? resolve(stdout) : reject(error),
    ),
  );
}
