import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { checkExportable, defaultOutputPath, exportDocument, formatInfo } from '../export/index';
import { exportRequest, type ExportParams, type ExportResponse } from '../protocol/exportProtocol';
import type { DocumentAnalyses } from './documentAnalyses';
import type { Logger } from './logger';
import { requestedUri } from './requestedUri';

/** How a refusal names the type a command needs. */
const REQUIRED_TYPE_LABELS: Record<NonNullable<ExportParams['requireType']>, string> = { brief: 'an executive brief' };

export interface ExportRequestDependencies {
  readonly analyses: DocumentAnalyses;
  readonly log: Logger;
}

/**
 * Answers `leaddocs/export` from the cached analysis, which the export reads without parsing
 * the document again. The renderers are imported on first use by the export module, so the
 * server starts without them.
 */
export function registerExportRequest(connection: Connection, dependencies: ExportRequestDependencies): void {
  connection.onRequest(exportRequest, async (params: unknown): Promise<ExportResponse> => {
    const uri = requestedUri(exportRequest, params);
    const { format: formatId, requireType, checkOnly } = params as Partial<ExportParams>;
    const format = typeof formatId === 'string' ? formatInfo(formatId) : undefined;
    if (format === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `${exportRequest}: unknown format "${String(formatId)}".`);
    try {
      const { analysis } = await dependencies.analyses.ofDocument(uri);
      const path = filePath(uri);
      const fileName = basename(defaultOutputPath(path ?? `/${analysis.title?.text ?? 'untitled'}.md`, format.extension));
      const verdict = checkExportable(analysis, requireType !== undefined ? { requireType, requiredTypeLabel: REQUIRED_TYPE_LABELS[requireType] } : {});
      const decided = { extension: format.extension, fileName, concerns: verdict.concerns };
      if (verdict.refusal !== undefined) return { ...decided, base64: '', omittedSections: 0, warnings: [], refusal: verdict.refusal };
      if (checkOnly === true) return { ...decided, base64: '', omittedSections: 0, warnings: [] };

      const result = await exportDocument(analysis, { format: format.id, ...(path !== undefined ? { path } : {}) });
      return { ...decided, base64: Buffer.from(result.bytes).toString('base64'), omittedSections: result.omittedSections, warnings: result.warnings };
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      dependencies.log.error(`Leaddocs: exporting ${uri} as ${format.id} failed`, error);
      throw new ResponseError(ErrorCodes.InternalError, `Leaddocs could not export ${uri} as ${format.id}; see the server log.`);
    }
  });
}

function filePath(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined; // untitled: and other schemes have no path; the title names the file
  }
}
