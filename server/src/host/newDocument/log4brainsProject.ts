/**
 * log4brains keeps its decision log where `.log4brains.yml`, at the repository's root, says:
 * `project.adrFolder: ./docs/adr`. It names every ADR by the day it was written
 * (`20260314-use-kafka.md`, `-2` on a second one that day) and starts it from the folder's
 * `template.md`. A new ADR in such a workspace does the same, so log4brains' own site and CLI
 * keep working alongside Leaddocs.
 */
import { parseDocument } from 'yaml';
import type { WorkspaceFiles } from '../workspaceFiles';
import { withoutTrailingSlash } from '../workspaceFolders';

export const LOG4BRAINS_CONFIG = '.log4brains.yml';

/** Far above any real `.log4brains.yml` (a few hundred bytes). */
const MAX_CONFIG_BYTES = 64 * 1024;

/**
 * The URI of the ADR folder `.log4brains.yml` names, or undefined when the workspace has no such
 * file, or one that cannot be used: unreadable, not YAML, without `project.adrFolder`, or naming a
 * folder outside the workspace. Those fall back to finding the ADRs, which finds log4brains'
 * folder by its dated names anyway.
 */
export async function log4brainsAdrFolder(workspaceFolder: string, files: WorkspaceFiles): Promise<string | undefined> {
  const root = withoutTrailingSlash(workspaceFolder);
  // Missing, unreadable, too large or not a regular file: not a log4brains project to write into.
  const text = await files.readBoundedFile(`${root}/${LOG4BRAINS_CONFIG}`, MAX_CONFIG_BYTES).catch(() => undefined);
  if (text === undefined) return undefined;
  const document = parseDocument(text, { uniqueKeys: false });
  if (document.errors.length > 0) return undefined;
  const folder: unknown = document.getIn(['project', 'adrFolder']);
  if (typeof folder !== 'string' || folder.trim() === '') return undefined;
  return folderInside(root, folder.trim());
}

/** `./docs/adr` and `docs/adr/` alike; an absolute path or one that climbs out is not used. */
function folderInside(root: string, folder: string): string | undefined {
  const path = folder.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined;
  const resolved = withoutTrailingSlash(new URL(path.endsWith('/') ? path : `${path}/`, `${root}/`).href);
  return resolved === root || resolved.startsWith(`${root}/`) ? resolved : undefined;
}
