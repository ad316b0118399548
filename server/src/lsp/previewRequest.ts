import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
// Not the export index: it also holds the Node-only file writer, which the browser worker must not load.
import { buildPreviewParts } from '../export/buildExportModel';
import { previewRequest, type PreviewContent } from '../protocol/previewProtocol';
import type { DocumentAnalyses } from './documentAnalyses';
import { toDocumentInfo } from './documentInfo';
import type { Logger } from './logger';
import { requestedUri } from './requestedUri';

export interface PreviewRequestDependencies {
  readonly analyses: DocumentAnalyses;
  readonly log: Logger;
}

/**
 * Answers `leaddocs/preview`: the body rendered with the HTML export's rules, the export's
 * header card, and the checklist and findings of the cached analysis.
 */
export function registerPreviewRequest(connection: Connection, dependencies: PreviewRequestDependencies): void {
  connection.onRequest(previewRequest, async (params: unknown): Promise<PreviewContent> => {
    const uri = requestedUri(previewRequest, params);
    try {
      return await previewFor(uri, dependencies);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      dependencies.log.error(`Leaddocs: preview of ${uri} failed`, error);
      throw new ResponseError(ErrorCodes.InternalError, `Leaddocs could not preview ${uri}; see the server log.`);
    }
  });
}

async function previewFor(uri: string, dependencies: PreviewRequestDependencies): Promise<PreviewContent> {
  const { version, analysis } = await dependencies.analyses.ofDocument(uri);
  const preview = buildPreviewParts(analysis);
  // Loaded on first preview, like every renderer; markdown-it itself is already in the engine.
  const { renderHtmlBody } = await import('../export/renderers/html');
  return {
    uri,
    version,
    title: preview.title,
    html: renderHtmlBody(preview.body),
    header: preview.header.map(({ label, value }) => ({ label, value })),
    confidentialSections: preview.confidentialSections,
    info: toDocumentInfo(analysis, version),
    findings: analysis.findings.map(({ code, severity, message, range }) => ({ code, severity, message, range })),
  };
}
