import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../engine';
import { isMarkdown, type OpenDocuments } from './documents';
import type { EngineHost } from '../host/engineHost';

/**
 * The analysis of an open markdown document's current version, shared with diagnostics through
 * the host's cache; undefined for documents the server does not check.
 */
export async function analysisOfOpenDocument(uri: string, documents: OpenDocuments, engineHost: EngineHost): Promise<{ document: TextDocument; analysis: DocumentAnalysis } | undefined> {
  const document = documents.get(uri);
  if (document === undefined || !isMarkdown(document)) return undefined;
  await engineHost.whenReady();
  const current = documents.get(uri);
  if (current === undefined) return undefined;
  return { document: current, analysis: engineHost.analyze({ uri, version: current.version, text: current.getText() }) };
}
