import type { Connection, Location, ReferenceParams, TextDocumentPositionParams } from 'vscode-languageserver';
import type { DocumentAnalyses } from '../documentAnalyses';
import { guarded } from '../guard';
import type { Logger } from '../logger';
import type { WorkspaceIndex } from '../workspaceIndex';
import { documentStart, referenceAt, referenceSites } from '../../engine';

export interface NavigationDependencies {
  readonly analyses: DocumentAnalyses;
  readonly index: WorkspaceIndex;
  readonly log: Logger;
}

/**
 * Go to definition on an ADR reference (an `ADR-0012` mention, a link, a `supersedes` value)
 * opens that ADR; find references on a reference, or anywhere in an ADR, lists every document
 * that cites it. The current document is read from its own analysis (the version in the
 * editor), every other one from the catalogue.
 */
export function registerNavigation(connection: Connection, dependencies: NavigationDependencies): void {
  const { log } = dependencies;
  connection.onDefinition(guarded(log, 'go to definition', null, (params: TextDocumentPositionParams) => definition(params, dependencies)));
  connection.onReferences(guarded(log, 'find references', null, (params: ReferenceParams) => references(params, dependencies)));
}

async function definition(params: TextDocumentPositionParams, { analyses, index }: NavigationDependencies): Promise<Location | null> {
  const entry = (await analyses.ofOpenDocument(params.textDocument.uri))?.analysis.catalogEntry;
  if (entry === null || entry === undefined) return null;
  const site = referenceAt(entry, index.catalog(), params.position);
  return site === undefined ? null : { uri: site.target.uri, range: site.target.title?.range ?? documentStart };
}

async function references(params: ReferenceParams, { analyses, index }: NavigationDependencies): Promise<Location[] | null> {
  const entry = (await analyses.ofOpenDocument(params.textDocument.uri))?.analysis.catalogEntry;
  if (entry === null || entry === undefined) return null;
  const catalog = index.catalog();
  const cited = referenceAt(entry, catalog, params.position)?.target ?? entry;
  const locations: Location[] = [];
  for (const citing of catalog.entries) {
    // The open document's own references come from its current version, not the catalogue's.
    const from = citing.uri === entry.uri ? entry : citing;
    for (const site of referenceSites(from, catalog)) if (site.target.uri === cited.uri) locations.push({ uri: from.uri, range: site.range });
  }
  if (params.context.includeDeclaration) locations.unshift({ uri: cited.uri, range: cited.title?.range ?? documentStart });
  return locations;
}
