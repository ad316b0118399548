import picomatch from 'picomatch';
import { RefusedFile, type WorkspaceFiles } from '../../server/src/host/workspaceFiles';

/** WorkspaceFiles over texts keyed by URI, for host tests that need no disk. */
export function memoryFiles(texts: Readonly<Record<string, string>>): WorkspaceFiles {
  return {
    readText: async (uri) => {
      const text = texts[uri];
      if (text === undefined) throw new Error('no such file');
      return text;
    },
    exists: async (uri) => uri in texts,
    // No symbolic links in memory: a file is where it is named.
    realUri: async (uri) => {
      if (!(uri in texts) && !Object.keys(texts).some((file) => file.startsWith(`${uri.replace(/\/$/, '')}/`))) throw new Error('no such file');
      return uri;
    },
    readBoundedFile: async (uri, maxBytes) => {
      const text = texts[uri];
      if (text === undefined) throw new Error('no such file');
      if (new TextEncoder().encode(text).length > maxBytes) throw new RefusedFile(`it is larger than ${maxBytes} bytes`);
      return text;
    },
    findFiles: async (folderUri, glob) => {
      const matches = picomatch(glob);
      const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
      return Object.keys(texts).filter((uri) => uri.startsWith(prefix) && matches(decodeURIComponent(uri.slice(prefix.length))));
    },
  };
}
