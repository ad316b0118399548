import { TEAM_SETTINGS_FILES } from './teamSettingsFile';
import type { WorkspaceFiles } from './workspaceFiles';
import { withoutTrailingSlash } from './workspaceFolders';

/** What marks a folder as a workspace, in the order a person would recognise it. */
export const WORKSPACE_MARKERS = ['.vscode/settings.json', ...TEAM_SETTINGS_FILES, '.git'] as const;

/**
 * The workspace a file or folder belongs to when no editor says so (the CLI): the nearest
 * folder, starting at `startUri` itself and walking up, that holds one of WORKSPACE_MARKERS.
 * The same folder VS Code would have open, so paths and settings resolve as in the editor.
 */
export async function findWorkspaceRoot(startUri: string, files: WorkspaceFiles): Promise<string | undefined> {
  let folder = withoutTrailingSlash(startUri);
  for (;;) {
    for (const marker of WORKSPACE_MARKERS) {
      if (await files.exists(`${folder}/${marker}`)) return folder;
    }
    const parent = withoutTrailingSlash(new URL('.', folder).href);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
