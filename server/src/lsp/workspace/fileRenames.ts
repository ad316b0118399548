import type { Connection, RenameFilesParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { relativePath, resolvePath, type CatalogEntry, type WorkspaceCatalog } from '../../engine';
import { guarded } from '../guard';
import type { Logger } from '../logger';
import type { WorkspaceIndex } from '../workspaceIndex';

/**
 * `workspace/willRenameFiles`: before a leadership document (or a folder of them) is renamed,
 * the links that point at it are rewritten, and so are its own relative links when it moves to
 * another folder. The client applies the edit with the rename, as one undoable change.
 */
export function registerFileRenames(connection: Connection, { index, log }: { readonly index: WorkspaceIndex; readonly log: Logger }): void {
  connection.workspace.onWillRenameFiles(guarded(log, 'file rename', null, (params: RenameFilesParams) => renameEdits(params, index.catalog())));
}

export function renameEdits(params: RenameFilesParams, catalog: WorkspaceCatalog): WorkspaceEdit | null {
  const moves = params.files.flatMap(({ oldUri, newUri }) => {
    const move = pathMove(oldUri, newUri, catalog.entries);
    return move === undefined ? [] : [move];
  });
  if (moves.length === 0) return null;
  const newPathOf = (path: string): string => {
    for (const { from, to } of moves) {
      if (path === from) return to;
      if (path.startsWith(`${from}/`)) return to + path.slice(from.length);
    }
    return path;
  };
  const changes: Record<string, TextEdit[]> = {};
  for (const entry of catalog.entries) {
    if (entry.path === null) continue;
    const ownNewPath = newPathOf(entry.path);
    for (const link of entry.links) {
      if (link.href === '') continue;
      const target = resolvePath(entry, link.href);
      if (target === undefined) continue;
      const targetNewPath = newPathOf(target);
      if (targetNewPath === target && ownNewPath === entry.path) continue;
      const href = link.href.startsWith('/') ? `/${targetNewPath}` : relativePath(ownNewPath, targetNewPath);
      const newText = encodeURI(href) + (link.anchor === null ? '' : `#${link.anchor}`);
      (changes[entry.uri] ??= []).push({ range: link.destinationRange, newText });
    }
  }
  return Object.keys(changes).length === 0 ? null : { changes };
}

/** The repository-relative paths of a rename, worked out from a catalogued document under the old URI. */
function pathMove(oldUri: string, newUri: string, entries: readonly CatalogEntry[]): { from: string; to: string } | undefined {
  const old = decoded(oldUri).replace(/\/$/, '');
  const anchor = entries.find((entry) => entry.path !== null && (decoded(entry.uri) === old || decoded(entry.uri).startsWith(`${old}/`)));
  if (anchor?.path === null || anchor === undefined) return undefined;
  const root = decoded(anchor.uri).slice(0, decoded(anchor.uri).length - anchor.path.length);
  const renamed = decoded(newUri).replace(/\/$/, '');
  if (!old.startsWith(root) || !renamed.startsWith(root)) return undefined;
  return { from: old.slice(root.length), to: renamed.slice(root.length) };
}

function decoded(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
