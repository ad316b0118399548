import type { DocumentPlace } from '../engine';
import type { WorkspaceFiles } from './workspaceFiles';
import type { WorkspaceFolders } from './workspaceFolders';
import { withoutTrailingSlash } from './workspaceFolders';

/** Where a document sits, as the engine is told: see DocumentSource. */
export interface DocumentPaths {
  /** Within its repository (up to the nearest `.git`), else the whole path. */
  readonly path: string | undefined;
  /** Within the deepest open workspace folder: what a team's globs in settings are written against. */
  readonly workspacePath: string | undefined;
}

/**
 * Finds the repository a document belongs to, so that detection reads `docs/decisions/0001-x.md`
 * whether the editor opened the repository or only its `docs/decisions` folder. Each folder is
 * asked about `.git` once (a file in a worktree or submodule, a folder otherwise).
 */
export class RepositoryPaths {
  private readonly rootOfFolder = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly files: WorkspaceFiles,
    private readonly folders: WorkspaceFolders,
  ) {}

  async pathsOf(uri: string): Promise<DocumentPaths> {
    const workspacePath = this.folders.relativePath(uri);
    if (!uri.startsWith('file:')) return { path: workspacePath, workspacePath };
    const folder = withoutTrailingSlash(new URL('.', uri).href);
    const root = await this.repositoryRoot(folder);
    const path = decoded(root === undefined ? new URL(uri).pathname.replace(/^\/+/, '') : uri.slice(root.length + 1));
    return { path, workspacePath };
  }

  private repositoryRoot(folder: string): Promise<string | undefined> {
    let root = this.rootOfFolder.get(folder);
    if (root === undefined) {
      root = this.findRoot(folder);
      this.rootOfFolder.set(folder, root);
    }
    return root;
  }

  private async findRoot(folder: string): Promise<string | undefined> {
    if (await this.files.exists(`${folder}/.git`)) return folder;
    const parent = withoutTrailingSlash(new URL('..', folder + '/').href);
    return parent === folder ? undefined : this.repositoryRoot(parent);
  }
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The URI of a repository-relative path, from a document whose own path and URI are known. */
export function uriOfPath(path: string, from: DocumentPlace): string | undefined {
  const root = repositoryRootOf(from);
  return root === undefined ? undefined : root + path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Each document's repository root, worked out once per document rather than once per link: the
 * server resolves every link of a catalogued document each time the catalogue changes and each
 * time the document's cross-document findings are checked, and a 64 KB ADR has 600 links.
 */
const repositoryRoots = new WeakMap<DocumentPlace, string | null>();

function repositoryRootOf(from: DocumentPlace): string | undefined {
  const known = repositoryRoots.get(from);
  if (known !== undefined) return known ?? undefined;
  const root = rootFrom(from);
  repositoryRoots.set(from, root ?? null);
  return root;
}

function rootFrom(from: DocumentPlace): string | undefined {
  if (from.path === null) return undefined;
  const encodedOwnPath = from.path.split('/').map(encodeURIComponent).join('/');
  if (from.uri.endsWith(encodedOwnPath)) return from.uri.slice(0, from.uri.length - encodedOwnPath.length);
  const decodedUri = decoded(from.uri);
  return decodedUri.endsWith(from.path) ? decodedUri.slice(0, decodedUri.length - from.path.length) : undefined;
}
