/** A folder as LSP's `WorkspaceFolder` has it; only the URI matters here. */
interface WorkspaceFolder {
  readonly uri: string;
  readonly name?: string;
}

/**
 * The folders the client opened, and the two questions asked of them: where a document sits
 * inside its folder (type detection matches globs against that path) and where a
 * workspace-relative setting points. Pure URI arithmetic, no file system.
 */
export class WorkspaceFolders {
  private folderUris: string[] = [];

  replace(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    const uris = folders?.map((folder) => folder.uri) ?? (rootUri ? [rootUri] : []);
    this.folderUris = uris.map(withoutTrailingSlash);
  }

  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((folder) => withoutTrailingSlash(folder.uri)));
    this.folderUris = [...this.folderUris.filter((uri) => !gone.has(uri)), ...added.map((folder) => withoutTrailingSlash(folder.uri))];
  }

  get uris(): readonly string[] {
    return this.folderUris;
  }

  /** POSIX path of a document inside the deepest folder holding it, or undefined when none does. */
  relativePath(documentUri: string): string | undefined {
    const document = decoded(documentUri);
    let best: string | undefined;
    for (const folderUri of this.folderUris) {
      const folder = decoded(folderUri) + '/';
      if (document.startsWith(folder) && (best === undefined || folder.length > best.length)) best = folder;
    }
    return best === undefined ? undefined : document.slice(best.length);
  }

  /** Candidate URIs for a path from a setting: itself when absolute, else one per folder, in order. */
  resolve(path: string): string[] {
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(path)) return [path];
    const slashed = path.replace(/\\/g, '/');
    if (slashed.startsWith('/')) return [new URL(slashed, 'file:///').href];
    if (/^[a-z]:\//i.test(slashed)) return [new URL('/' + slashed, 'file:///').href];
    return this.folderUris.map((folderUri) => new URL(slashed, folderUri + '/').href);
  }
}

export function withoutTrailingSlash(uri: string): string {
  return uri.endsWith('/') ? uri.slice(0, -1) : uri;
}

/** Clients differ in what they percent-encode (`c%3A` vs `c:`), so URIs are compared decoded. */
function decoded(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
