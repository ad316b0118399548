/**
 * The only way the server touches files. Everything else goes through this interface so that a
 * web-worker build can swap the Node implementation for one backed by the client's file system.
 * Files are named by URI (`file:///…`); paths inside a folder are POSIX and relative.
 */
export interface WorkspaceFiles {
  /** Rejects when the file cannot be read. */
  readText(uri: string): Promise<string>;
  exists(uri: string): Promise<boolean>;
  /** URIs of files below `folderUri` whose folder-relative path matches the glob. */
  findFiles(folderUri: string, glob: string): Promise<string[]>;
}
