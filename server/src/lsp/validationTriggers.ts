import type { Connection } from 'vscode-languageserver';
import type { OpenDocuments } from './documents';
import type { DocumentAnalyses } from './documentAnalyses';
import type { ValidationScheduler } from './validationScheduler';

/** Turns document lifecycle events into scheduling decisions. */
export function listenForDocumentChanges(connection: Connection, documents: OpenDocuments, scheduler: ValidationScheduler, analyses: DocumentAnalyses): void {
  // TextDocuments reports an open as a content change too; remember the version it opened at
  // so that change is not validated a second time after the debounce.
  const openedVersion = new Map<string, number>();

  documents.onDidOpen(({ document }) => {
    openedVersion.set(document.uri, document.version);
    scheduler.now(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    if (openedVersion.get(document.uri) === document.version) return;
    openedVersion.delete(document.uri);
    scheduler.afterEdit(document.uri);
  });
  documents.onDidClose(({ document }) => {
    openedVersion.delete(document.uri);
    scheduler.cancel(document.uri);
    analyses.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
}
