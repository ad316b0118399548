import type { Connection } from 'vscode-languageserver';
import { RefusedFile, type WorkspaceFiles } from '../host/workspaceFiles';
import { fileStatRequest, listFilesRequest, readFileRequest, type FileStat, type ListFilesParams, type ReadFileParams } from '../protocol/workspaceFilesProtocol';

/** Bounds one listing: the server's callers want a folder's documents, not a monorepo. */
const LIST_LIMIT = 5000;

/**
 * WorkspaceFiles answered by the client (`leaddocs/readFile`, `fileStat`, `listFiles`), for
 * the browser worker, which has no disk: VS Code for the Web serves files from wherever the
 * workspace lives (a GitHub repository, memory, a remote).
 */
export function clientWorkspaceFiles(connection: Connection): WorkspaceFiles {
  return {
    async readText(uri) {
      const text = await connection.sendRequest<string | null>(readFileRequest, { uri } satisfies ReadFileParams);
      if (typeof text !== 'string') throw new Error(`${uri} could not be read.`);
      return text;
    },
    async exists(uri) {
      return (await stat(uri)) !== null;
    },
    async findFiles(folderUri, glob) {
      const found = await connection.sendRequest<unknown>(listFilesRequest, { folder: folderUri, glob, limit: LIST_LIMIT } satisfies ListFilesParams);
      return Array.isArray(found) ? found.filter((uri): uri is string => typeof uri === 'string') : [];
    },
    // The editor's file systems show no symbolic links: a file is its own real location.
    async realUri(uri) {
      if ((await stat(uri)) === null) throw new Error(`${uri} does not exist.`);
      return uri;
    },
    async readBoundedFile(uri, maxBytes) {
      const facts = await stat(uri);
      if (facts === null) throw new Error(`${uri} does not exist.`);
      if (!facts.isFile) throw new RefusedFile('it is not a regular file');
      if (facts.size > maxBytes) throw new RefusedFile(`it is larger than ${maxBytes} bytes`);
      return this.readText(uri);
    },
  };

  async function stat(uri: string): Promise<FileStat | null> {
    const facts = await connection.sendRequest<FileStat | null>(fileStatRequest, { uri } satisfies ReadFileParams);
    return facts !== null && typeof facts === 'object' && typeof facts.isFile === 'boolean' && typeof facts.size === 'number' ? facts : null;
  }
}
