import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { DocumentAnalysis, Finding } from '../engine';
import { analysisFailureCode, documentInfoChangedNotification } from '../protocol/leaddocsProtocol';
import { toDiagnostic } from './diagnostics';
import { toDocumentInfo } from './documentInfo';
import type { AnalysedOpenDocument, DocumentAnalyses } from './documentAnalyses';
import type { OpenDocuments } from './documents';
import { describeError, type Logger } from './logger';

export interface DocumentValidationDependencies {
  readonly connection: Connection;
  readonly documents: OpenDocuments;
  readonly analyses: DocumentAnalyses;
  readonly log: Logger;
  /** Findings that need the rest of the workspace; published with the document's own. */
  readonly crossDocumentFindings?: (uri: string) => readonly Finding[];
}

/**
 * Checks one open document and publishes its diagnostics and documentInfo. A run whose version
 * was overtaken or closed, before or during its analysis, publishes nothing: the newer
 * version's own run will (or the close has cleared the diagnostics).
 */
export function createDocumentValidator({ connection, documents, analyses, log, crossDocumentFindings = () => [] }: DocumentValidationDependencies) {
  // One analysis is cached per document version and engine, so meeting one again with the same
  // cross-document findings means it was published already: a document opened while the engine
  // was being built is validated both by its open and by the rebuild, and the client should see
  // that result once. A catalogue change that alters its cross-document findings publishes again.
  const published = new WeakMap<DocumentAnalysis, string>();

  /** Resolves with what the analysis cost, for the scheduler to adapt its delay to. */
  return async (uri: string): Promise<number | undefined> => {
    const scheduled = documents.get(uri);
    if (scheduled === undefined) return undefined;
    const scheduledVersion = scheduled.version;
    const started = performance.now();
    let analysed: AnalysedOpenDocument | undefined;
    try {
      analysed = await analyses.ofOpenDocument(uri);
    } catch (error) {
      const current = documents.get(uri);
      if (current === undefined || current.version !== scheduledVersion) return undefined;
      log.error(`Leaddocs: could not check ${uri}`, error);
      void connection.sendDiagnostics({ uri, version: current.version, diagnostics: [analysisFailure(error)] });
      return undefined;
    }
    if (analysed === undefined) return undefined;
    const { analysis, version } = analysed;
    const cost = analyses.costOf(analysis);
    if (version !== scheduledVersion || documents.get(uri)?.version !== version) {
      log.trace(`Leaddocs: dropped a stale validation of ${uri} (version ${scheduledVersion}).`);
      return cost;
    }
    const across = safely(() => crossDocumentFindings(uri), log, uri);
    const acrossSignature = JSON.stringify(across);
    if (published.get(analysis) === acrossSignature) return cost;
    published.set(analysis, acrossSignature);
    const diagnostics = [...analysis.findings, ...across].flatMap((finding) => {
      try {
        return [toDiagnostic(finding)];
      } catch (error) {
        log.error(`Leaddocs: a ${finding.code} finding in ${uri} could not be published`, error);
        return [];
      }
    });
    void connection.sendDiagnostics({ uri, version, diagnostics });
    void connection.sendNotification(documentInfoChangedNotification, toDocumentInfo(analysis, version));
    log.trace(`Leaddocs: checked ${uri} v${version} in ${(performance.now() - started).toFixed(1)} ms, ${diagnostics.length} findings.`);
    return cost;
  };
}

function safely(findings: () => readonly Finding[], log: Logger, uri: string): readonly Finding[] {
  try {
    return findings();
  } catch (error) {
    log.error(`Leaddocs: the cross-document checks of ${uri} failed`, error);
    return [];
  }
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
