import picomatch from 'picomatch';
import type { WorkspaceFiles } from '../../server/src/host/workspaceFiles';

/** WorkspaceFiles over texts keyed by URI, for host tests that need no disk. */
export function memoryFiles(texts: Readonly<Record<string, string>>): WorkspaceFiles {
  return {
    readText: async (uri) => {
      const text = texts[uri];
      if (text === undefined) throw new Error('no such file');
      return text;
    },
    exists: async (uri) => uri in texts,
    findFiles: async (folderUri, glob) => {
      const matches = picomatch(glob);
      const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
      return Object.keys(texts).filter((uri) => uri.startsWith(prefix) && matches(decodeURIComponent(uri.slice(prefix.length))));
    },
  };
}
