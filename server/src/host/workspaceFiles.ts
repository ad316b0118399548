/**
 * The only way the server touches files. Everything else goes through this interface so that a
 * web-worker build can swap the Node implementation for one backed by the client's file system.
 * Files are named by URI (`file:///…`); paths inside a folder are POSIX and relative.
 */
export interface WorkspaceFiles {
  /** Rejects when the file cannot be read. */
  readText(uri: string): Promise<string>;
  /**
   * The same text, read at once; throws when the file cannot be read. For the workspace index's
   * scan of thousands of small local files: a synchronous read blocks for microseconds and costs
   * a fraction of the CPU time of a trip through a thread pool. Undefined for what could block or
   * take long (not a regular file, a large one): that is read where it cannot hold up the server.
   * Absent where reading is a request to the client.
   */
  readTextNow?(uri: string): string | undefined;
  exists(uri: string): Promise<boolean>;
  /** URIs of files below `folderUri` whose folder-relative path matches the glob. */
  findFiles(folderUri: string, glob: string): Promise<string[]>;
  /** The URI with every symbolic link resolved; rejects when nothing is there. */
  realUri(uri: string): Promise<string>;
  /**
   * The text of a file a team's configuration names. Resolves only for a regular file of at most
   * `maxBytes`; anything else (a folder, a FIFO, a device, a larger file) rejects with a
   * {@link RefusedFile} without blocking on it or reading more than `maxBytes + 1` bytes.
   */
  readBoundedFile(uri: string, maxBytes: number): Promise<string>;
  /**
   * A stamp that changes whenever the file does (its times and size), much cheaper than reading
   * it; undefined when none can be trusted (a file written so recently that a second write
   * could leave the same stamp). A host that cannot tell leaves it out, and the workspace index
   * reads and hashes every file instead. Rejects when the file cannot be looked at.
   */
  stamp?(uri: string): Promise<string | undefined>;
}

/** A file that exists but is not one the server will read; the message never quotes its content. */
export class RefusedFile extends Error {
  override readonly name = 'RefusedFile';
}
