import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { WorkspaceFiles } from './workspaceFiles';

/** Folders never worth walking for documents: huge, generated, or someone else's. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);

/** WorkspaceFiles over the local disk; only `file:` URIs can be read. */
export const nodeWorkspaceFiles: WorkspaceFiles = {
  async readText(uri) {
    // fileURLToPath throws for other schemes, which rejects like a missing file.
    return readFile(fileURLToPath(uri), 'utf8');
  },

  async exists(uri) {
    if (!uri.startsWith('file:')) return false;
    try {
      await stat(fileURLToPath(uri));
      return true;
    } catch {
      return false;
    }
  },

  async findFiles(folderUri, glob) {
    const root = fileURLToPath(folderUri);
    const matches = picomatch(glob, { dot: false });
    const found: string[] = [];
    const walk = async (folder: string): Promise<void> => {
      const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path);
        } else if (entry.isFile() && matches(relative(root, path).split(sep).join('/'))) {
          found.push(pathToFileURL(path).href);
        }
      }
    };
    await walk(root);
    return found;
  },
};
