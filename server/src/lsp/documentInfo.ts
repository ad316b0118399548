import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import type { DocumentAnalysis } from '../engine';
import { documentInfoRequest, type DocumentInfo, type DocumentInfoParams } from '../protocol/leaddocsProtocol';
import type { OpenDocuments } from './documents';
import type { EngineHost } from './engineHost';
import type { Logger } from './logger';
import type { WorkspaceFiles } from './workspaceFiles';

/** The `leaddocs/documentInfo` payload for one analysis. */
export function toDocumentInfo(analysis: DocumentAnalysis, version: number | null): DocumentInfo {
  const { status } = analysis;
  return {
    uri: analysis.uri,
    version,
    type: analysis.type,
    typeLabel: analysis.typeLabel,
    detectedBy: analysis.detectedBy,
    variant: analysis.variant,
    status: status === null ? null : { raw: status.raw, value: status.value, target: status.target },
    title: analysis.title?.text ?? null,
    score: analysis.score,
    passMark: analysis.passMark,
    passed: analysis.passed,
    checklist: analysis.checklist.map(({ id, label, passed, applicable, range }) => ({ id, label, passed, applicable, range })),
    findingCount: analysis.findings.length,
  };
}

export interface DocumentInfoDependencies {
  readonly documents: OpenDocuments;
  readonly engineHost: EngineHost;
  readonly files: WorkspaceFiles;
  readonly log: Logger;
}

/** Answers `leaddocs/documentInfo` for open documents and, by reading them, for files on disk. */
export function registerDocumentInfo(connection: Connection, dependencies: DocumentInfoDependencies): void {
  connection.onRequest(documentInfoRequest, async (params: unknown): Promise<DocumentInfo> => {
    const uri = requestedUri(params);
    try {
      return await documentInfoFor(uri, dependencies);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      dependencies.log.error(`Leaddocs: documentInfo for ${uri} failed`, error);
      throw new ResponseError(ErrorCodes.InternalError, `Leaddocs could not analyze ${uri}; see the server log.`);
    }
  });
}

async function documentInfoFor(uri: string, { documents, engineHost, files }: DocumentInfoDependencies): Promise<DocumentInfo> {
  await engineHost.whenReady();
  const open = documents.get(uri);
  if (open !== undefined) {
    return toDocumentInfo(engineHost.analyze({ uri, version: open.version, text: open.getText() }), open.version);
  }
  // WorkspaceFiles decides what is readable (the Node one: existing file: URIs), so an
  // `untitled:` document that is not open is refused here the same way a missing file is.
  let text: string;
  try {
    text = await files.readText(uri);
  } catch {
    throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is neither open in the editor nor a file the server can read.`);
  }
  return toDocumentInfo(engineHost.analyze({ uri, version: null, text }), null);
}

function requestedUri(params: unknown): string {
  const uri = typeof params === 'object' && params !== null ? (params as Partial<DocumentInfoParams>).uri : undefined;
  if (typeof uri !== 'string' || uri === '') {
    throw new ResponseError(ErrorCodes.InvalidParams, `${documentInfoRequest} expects params { "uri": string }.`);
  }
  return uri;
}
