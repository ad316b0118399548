import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import type { DocumentAnalysis } from '../engine';
import { analysisFailureCode, documentInfoChangedNotification } from '../protocol/leaddocsProtocol';
import { toDiagnostic } from './diagnostics';
import { toDocumentInfo } from './documentInfo';
import { isMarkdown, type OpenDocuments } from './documents';
import type { EngineHost } from '../host/engineHost';
import { describeError, type Logger } from './logger';

export interface DocumentValidationDependencies {
  readonly connection: Connection;
  readonly documents: OpenDocuments;
  readonly engineHost: EngineHost;
  readonly log: Logger;
}

/**
 * Checks one open document and publishes its diagnostics and documentInfo. The text is read only
 * once the engine is ready, so what is published always belongs to the version it is labelled
 * with; a run whose version was overtaken or closed while it waited publishes nothing, because
 * the newer version's own run will (or the close has cleared the diagnostics).
 */
export function createDocumentValidator({ connection, documents, engineHost, log }: DocumentValidationDependencies) {
  // The host caches one analysis per document version and engine, so meeting one again means it
  // was published already: a document opened while the engine was being built is validated both
  // by its open and by the rebuild, and the client should see that result once.
  const published = new WeakSet<DocumentAnalysis>();

  return async (uri: string): Promise<void> => {
    const scheduled = documents.get(uri);
    if (scheduled === undefined || !isMarkdown(scheduled)) return;
    await engineHost.whenReady();

    const document = documents.get(uri);
    if (document === undefined || document.version !== scheduled.version) {
      log.trace(`Leaddocs: dropped a stale validation of ${uri} (version ${scheduled.version}).`);
      return;
    }
    const started = performance.now();
    let analysis: DocumentAnalysis;
    try {
      analysis = engineHost.analyze({ uri, version: document.version, text: document.getText() });
    } catch (error) {
      log.error(`Leaddocs: could not check ${uri}`, error);
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [analysisFailure(error)] });
      return;
    }
    if (published.has(analysis)) return;
    published.add(analysis);
    const diagnostics = analysis.findings.flatMap((finding) => {
      try {
        return [toDiagnostic(finding)];
      } catch (error) {
        log.error(`Leaddocs: a ${finding.code} finding in ${uri} could not be published`, error);
        return [];
      }
    });
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    void connection.sendNotification(documentInfoChangedNotification, toDocumentInfo(analysis, document.version));
    log.trace(`Leaddocs: checked ${uri} v${document.version} in ${(performance.now() - started).toFixed(1)} ms, ${diagnostics.length} findings.`);
  };
}

/** Shown instead of findings when the engine failed outright, so stale findings do not linger. */
function analysisFailure(error: unknown): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'leaddocs',
    code: analysisFailureCode,
    message: `Leaddocs could not check this document (${describeError(error).split('\n', 1)[0] ?? 'unknown error'}); see the Leaddocs log.`,
  };
}
