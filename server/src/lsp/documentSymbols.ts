import { SymbolKind, type Connection, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import { documentOutline, type OutlineSymbol } from '../engine';
import type { DocumentAnalyses } from './documentAnalyses';
import { guarded } from './guard';
import type { Logger } from './logger';

export interface DocumentSymbolDependencies {
  readonly analyses: DocumentAnalyses;
  readonly log: Logger;
}

/** The outline of a leadership document, each heading showing the checklist items failing there. */
export function registerDocumentSymbols(connection: Connection, dependencies: DocumentSymbolDependencies): void {
  connection.onDocumentSymbol(guarded(dependencies.log, 'document symbols', [], async (params: DocumentSymbolParams): Promise<DocumentSymbol[]> => {
    const open = await dependencies.analyses.ofOpenDocument(params.textDocument.uri);
    return open === undefined ? [] : documentOutline(open.analysis).map(toDocumentSymbol);
  }));
}

function toDocumentSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    ...(symbol.detail === '' ? {} : { detail: symbol.detail }),
    kind: symbol.level === 1 ? SymbolKind.File : SymbolKind.String,
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}
