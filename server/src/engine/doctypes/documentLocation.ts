/**
 * Where a document sits, as detection reads it: the folders above it and the name that stands
 * for it. In the one-folder-per-document layout (`decisions/0007-use-x/index.md`) the folder's
 * name is the document's name, and the folders above that are where it is filed.
 */
export interface DocumentLocation {
  /** Folder names from the repository root down, lower case. */
  readonly folders: readonly string[];
  /** The file name without its extension, or its folder's name for an `index.md`. */
  readonly name: string;
  /** An `index.md` (or `_index.md`) standing for the folder it is in. */
  readonly isFolderIndex: boolean;
}

const INDEX_FILE = /^_?index\.(?:md|markdown)$/i;
const EXTENSION = /\.(?:md|markdown|mdx|txt)$/i;

export function documentLocation(path: string): DocumentLocation {
  // A plain split: a regex split cost more than the rest of detection's path reading.
  const segments = (path.includes('\\') ? path.replaceAll('\\', '/') : path).split('/').filter((segment) => segment !== '' && segment !== '.');
  const fileName = segments.pop() ?? '';
  // A loop into a literal: a `map` result changes kind once `map` is compiled, which sent the
  // compiled folder signals back to be compiled again.
  const folders: string[] = [];
  for (const segment of segments) folders.push(segment.toLowerCase());
  if (INDEX_FILE.test(fileName) && folders.length > 0) {
    const own = segments[segments.length - 1] ?? '';
    return { folders: folders.slice(0, -1), name: own, isFolderIndex: true };
  }
  return { folders, name: fileName.replace(EXTENSION, ''), isFolderIndex: false };
}
