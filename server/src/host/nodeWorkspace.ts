import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadWorkspace, type WorkspaceHost } from './loadWorkspace';
import { nodeWorkspaceFiles } from './nodeWorkspaceFiles';

/**
 * The workspace holding a file or folder on the local disk, configured as the editor would
 * configure it: what every CLI command builds its engine from.
 * `cwd` resolves a relative `startPath` and is the workspace when no marker is found.
 */
export function loadWorkspaceHost(startPath: string, cwd: string = process.cwd()): Promise<WorkspaceHost> {
  return loadWorkspace(pathToFileURL(resolve(cwd, startPath)).href, nodeWorkspaceFiles, { fallbackRootUri: pathToFileURL(resolve(cwd)).href });
}

export type { WorkspaceHost } from './loadWorkspace';
