/**
 * log4brains keeps its decision log where `.log4brains.yml`, at the repository's root, says:
 * `project.adrFolder: ./docs/adr`. It names every ADR by the day it was written
 * (`20260314-use-kafka.md`, `-2` on a second one that day) and starts it from the folder's
 * `template.md`. A new ADR in such a workspace does the same, so log4brains' own site and CLI
 * keep working alongside Leaddocs.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import type { WorkspaceFiles } from '../workspaceFiles';
import { withoutTrailingSlash } from '../workspaceFolders';

export const LOG4BRAINS_CONFIG = '.log4brains.yml';

/** Far above any real `.log4brains.yml` (a few hundred bytes). */
const MAX_CONFIG_BYTES = 64 * 1024;

/**
 * The URI of the ADR folder `.log4brains.yml` names, or undefined when the workspace has no such
 * file, or one that cannot be used: unreadable, not YAML, without `project.adrFolder`, or naming a
 * folder outside the workspace. Those fall back to finding the ADRs, which finds log4brains'
 * folder by its dated names anyway. In a monorepo (`project.packages`), the package holding
 * `near` (the author's current folder or file) gets the ADR, as log4brains' `adr new` offers.
 */
export async function log4brainsAdrFolder(workspaceFolder: string, files: WorkspaceFiles, near?: string): Promise<string | undefined> {
  const root = withoutTrailingSlash(workspaceFolder);
  // Missing, unreadable, too large or not a regular file: not a log4brains project to write into.
  const text = await files.readBoundedFile(`${root}/${LOG4BRAINS_CONFIG}`, MAX_CONFIG_BYTES).catch(() => undefined);
  if (text === undefined) return undefined;
  const document = parseDocument(text, { uniqueKeys: false });
  if (document.errors.length > 0) return undefined;
  const global = folderNamed(root, document.getIn(['project', 'adrFolder']));
  if (global === undefined) return undefined;
  return (near === undefined ? undefined : packageFolderNear(root, document.getIn(['project', 'packages']), near)) ?? global;
}

/** The ADR folder of the package whose path holds `near`, the deepest such package when they nest. */
function packageFolderNear(root: string, packages: unknown, near: string): string | undefined {
  if (!isSeq(packages)) return undefined;
  const place = withoutTrailingSlash(near);
  let best: { path: string; adrFolder: string } | undefined;
  for (const item of packages.items) {
    if (!isMap(item)) continue;
    const path = folderNamed(root, item.get('path'));
    const adrFolder = folderNamed(root, item.get('adrFolder'));
    if (path === undefined || adrFolder === undefined || !(place === path || place.startsWith(`${path}/`))) continue;
    if (best === undefined || path.length > best.path.length) best = { path, adrFolder };
  }
  return best?.adrFolder;
}

function folderNamed(root: string, value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? folderInside(root, value.trim()) : undefined;
}

/** `./docs/adr` and `docs/adr/` alike; an absolute path or one that climbs out is not used. */
function folderInside(root: string, folder: string): string | undefined {
  const path = folder.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined;
  const resolved = withoutTrailingSlash(new URL(path.endsWith('/') ? path : `${path}/`, `${root}/`).href);
  return resolved === root || resolved.startsWith(`${root}/`) ? resolved : undefined;
}
