/**
 * Workspace files read through the client, for a server with no file system of its own (the
 * browser worker in VS Code for the Web). The client answers from its editor's file system.
 * Files are named by URI; globs are POSIX and relative to the folder.
 */

/** Request: params `ReadFileParams`, result the file's text, or null when it cannot be read. */
export const readFileRequest = 'leaddocs/readFile';
/** Request: params `ReadFileParams`, result `FileStat`, or null when nothing is there. */
export const fileStatRequest = 'leaddocs/fileStat';
/** Request: params `ListFilesParams`, result the URIs of the matching files. */
export const listFilesRequest = 'leaddocs/listFiles';

export interface ReadFileParams {
  readonly uri: string;
}

export interface FileStat {
  /** A regular file (a folder, a link to one or anything else is not). */
  readonly isFile: boolean;
  /** In bytes. */
  readonly size: number;
}

export interface ListFilesParams {
  /** URI of the folder searched, recursively. */
  readonly folder: string;
  /** Glob on folder-relative POSIX paths, as in `leaddocs.documentTypes.paths`. */
  readonly glob: string;
  /** The most URIs the server wants back. */
  readonly limit: number;
}
