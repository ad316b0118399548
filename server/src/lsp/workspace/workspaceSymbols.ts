import { SymbolKind, type Connection, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { CatalogEntry } from '../../engine';
import { guarded } from '../guard';
import type { Logger } from '../logger';
import type { WorkspaceIndex } from '../workspaceIndex';
import { documentStart } from '../../engine';

const MAX_SYMBOLS = 500;

/** Workspace symbols: every leadership document, found by its title or id (`adr 12`, `postgres`). */
export function registerWorkspaceSymbols(connection: Connection, { index, log }: { readonly index: WorkspaceIndex; readonly log: Logger }): void {
  connection.onWorkspaceSymbol(guarded(log, 'workspace symbols', [], (params: WorkspaceSymbolParams) => symbolsMatching(params.query, index.catalog().entries)));
}

export function symbolsMatching(query: string, entries: readonly CatalogEntry[]): SymbolInformation[] {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== '');
  const symbols: SymbolInformation[] = [];
  for (const entry of entries) {
    const name = nameOf(entry);
    const haystack = `${name} ${entry.id ?? ''} ${entry.number ?? ''} ${entry.type}`.toLowerCase();
    if (!words.every((word) => haystack.includes(word))) continue;
    symbols.push({ name, kind: SymbolKind.File, location: { uri: entry.uri, range: entry.title?.range ?? documentStart }, containerName: entry.path?.slice(0, entry.path.lastIndexOf('/')) ?? entry.type });
    if (symbols.length >= MAX_SYMBOLS) break;
  }
  return symbols.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
}

function nameOf(entry: CatalogEntry): string {
  const title = entry.title?.text ?? entry.path ?? entry.uri;
  return entry.type === 'adr' && entry.id !== null ? `${entry.id}: ${title}` : title;
}
