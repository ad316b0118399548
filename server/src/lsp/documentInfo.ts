import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../engine';
import { documentInfoRequest, type DocumentInfo } from '../protocol/leaddocsProtocol';
import type { DocumentAnalyses } from './documentAnalyses';
import type { Logger } from './logger';
import { requestedUri } from './requestedUri';

/** The `leaddocs/documentInfo` payload for one analysis. */
export function toDocumentInfo(analysis: DocumentAnalysis, version: number | null): DocumentInfo {
  const { status } = analysis;
  return {
    uri: analysis.uri,
    version,
    type: analysis.type,
    typeLabel: analysis.typeLabel,
    detectedBy: analysis.detectedBy,
    detection: analysis.detection,
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
  readonly analyses: DocumentAnalyses;
  readonly log: Logger;
}

/** Answers `leaddocs/documentInfo` for open documents and, by reading them, for files on disk. */
export function registerDocumentInfo(connection: Connection, dependencies: DocumentInfoDependencies): void {
  connection.onRequest(documentInfoRequest, async (params: unknown): Promise<DocumentInfo> => {
    const uri = requestedUri(documentInfoRequest, params);
    try {
      const { analysis, version } = await dependencies.analyses.ofDocument(uri);
      return toDocumentInfo(analysis, version);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      dependencies.log.error(`Leaddocs: documentInfo for ${uri} failed`, error);
      throw new ResponseError(ErrorCodes.InternalError, `Leaddocs could not analyze ${uri}; see the server log.`);
    }
  });
}
