import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { DocumentAnalysis } from '../engine';
import type { OpenDocuments } from './documents';
import type { EngineHost } from '../host/engineHost';
import type { WorkspaceFiles } from '../host/workspaceFiles';

export interface AnalyzedDocumentDependencies {
  readonly documents: OpenDocuments;
  readonly engineHost: EngineHost;
  readonly files: WorkspaceFiles;
}

export interface AnalyzedDocument {
  readonly text: string;
  /** Null when read from disk. */
  readonly version: number | null;
  readonly analysis: DocumentAnalysis;
}

/**
 * The editor's text of an open document (unsaved edits included) with its cached analysis,
 * or the file on disk. Export and preview both start here.
 */
export async function analyzedDocument(uri: string, { documents, engineHost, files }: AnalyzedDocumentDependencies): Promise<AnalyzedDocument> {
  await engineHost.whenReady();
  const open = documents.get(uri);
  if (open !== undefined) {
    const text = open.getText();
    return { text, version: open.version, analysis: engineHost.analyze({ uri, version: open.version, text }) };
  }
  let text: string;
  try {
    text = await files.readText(uri);
  } catch {
    throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is neither open in the editor nor a file the server can read.`);
  }
  return { text, version: null, analysis: engineHost.analyze({ uri, version: null, text }) };
}

/** A request's `uri` param, or an InvalidParams error naming the method. */
export function requestedUri(method: string, params: unknown): string {
  const uri = typeof params === 'object' && params !== null ? (params as { uri?: unknown }).uri : undefined;
  if (typeof uri !== 'string' || uri === '') throw new ResponseError(ErrorCodes.InvalidParams, `${method} expects params { "uri": string, … }.`);
  return uri;
}
