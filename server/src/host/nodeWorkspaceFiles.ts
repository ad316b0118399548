import { closeSync, constants, fstatSync, openSync, readFile as readFileThen, readSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { RefusedFile, type WorkspaceFiles } from './workspaceFiles';

/** Folders never worth walking for documents: huge, generated, or someone else's. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);

/**
 * Opening a FIFO for reading blocks until a writer appears; non-blocking, the open returns at
 * once and fstat tells what it is. Windows has no such flag and no FIFOs on disk.
 */
const OPEN_WITHOUT_BLOCKING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The largest file read on the server's own thread (readTextNow). Documents are a few kilobytes;
 * a larger file is left to the analysis worker, where reading it cannot hold up the server.
 */
const READ_NOW_MAX_BYTES = 1024 * 1024;

/**
 * A file changed less than this long ago may change again within its file system's timestamp
 * granularity (whole seconds on some) without its stamp changing, so it gets none.
 */
const RECENT_CHANGE_MS = 3000;

/**
 * The callback form of readFile, promisified: for the many small files of a workspace scan it
 * costs a quarter of the CPU time of `fs/promises`, whose readFile opens a FileHandle and
 * settles a promise for each of its four steps.
 */
const readFileQuickly = promisify(readFileThen);

/** WorkspaceFiles over the local disk; only `file:` URIs can be read. */
export const nodeWorkspaceFiles: WorkspaceFiles = {
  async readText(uri) {
    // fileURLToPath throws for other schemes, which rejects like a missing file.
    return readFileQuickly(fileURLToPath(uri), 'utf8');
  },

  readTextNow(uri) {
    // Opened without blocking and checked by its handle: a FIFO swapped in for a document, or a
    // large file, is left to the worker rather than holding up the server's thread.
    const descriptor = openSync(fileURLToPath(uri), OPEN_WITHOUT_BLOCKING);
    try {
      const facts = fstatSync(descriptor);
      if (!facts.isFile() || facts.size > READ_NOW_MAX_BYTES) return undefined;
      return readNoMoreThan(descriptor, facts.size, READ_NOW_MAX_BYTES)?.toString('utf8');
    } finally {
      closeSync(descriptor);
    }
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

  async stamp(uri) {
    // Synchronous: a stat of a local file takes microseconds, while a trip through libuv's thread
    // pool and back cost a warm start of 10,000 files most of its time on a busy machine.
    const facts = statSync(fileURLToPath(uri));
    if (!facts.isFile() || Date.now() - Math.max(facts.mtimeMs, facts.ctimeMs) < RECENT_CHANGE_MS) return undefined;
    return `${facts.mtimeMs}:${facts.ctimeMs}:${facts.size}:${facts.ino}`;
  },

  async realUri(uri) {
    return pathToFileURL(await realpath(fileURLToPath(uri))).href;
  },

  async readBoundedFile(uri, maxBytes) {
    // The handle is checked, not the path, so the file cannot be swapped between check and read.
    const handle = await open(fileURLToPath(uri), OPEN_WITHOUT_BLOCKING);
    try {
      const facts = await handle.stat();
      if (!facts.isFile()) throw new RefusedFile('it is not a regular file');
      if (facts.size > maxBytes) throw new RefusedFile(`it is larger than ${maxBytes} bytes`);
      // A file that grew since fstat is read no further than one byte past the bound.
      const buffer = Buffer.alloc(maxBytes + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > maxBytes) throw new RefusedFile(`it is larger than ${maxBytes} bytes`);
      }
      return buffer.subarray(0, length).toString('utf8');
    } finally {
      await handle.close();
    }
  },
};

/**
 * The file's bytes, read until its end but never more than `maxBytes` (undefined past them).
 * The size fstat gave is only where to start: procfs reports 0 for files that stream megabytes,
 * and a file can grow while it is read.
 */
function readNoMoreThan(descriptor: number, reportedSize: number, maxBytes: number): Buffer | undefined {
  let buffer = Buffer.allocUnsafe(Math.min(reportedSize, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) return undefined;
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const bytesRead = readSync(descriptor, buffer, length, buffer.length - length, null);
    if (bytesRead === 0) return buffer.subarray(0, length);
    length += bytesRead;
  }
}
