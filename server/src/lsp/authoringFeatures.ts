import { DidChangeWatchedFilesNotification, FileChangeType, type Connection } from 'vscode-languageserver';
import { registerCodeActions } from './codeActions';
import { registerCompletion } from './completion';
import type { DocumentAnalyses } from './documentAnalyses';
import type { OpenDocuments } from './documents';
import { registerDocumentSymbols } from './documentSymbols';
import type { EngineHost } from '../host/engineHost';
import { guarded } from './guard';
import { registerHover } from './hover';
import type { Logger } from './logger';
import type { CrossDocumentFindings } from './workspace/crossDocumentFindings';
import type { WorkspaceIndex } from './workspaceIndex';
import { TEAM_SETTINGS_FILES } from '../host/teamSettingsFile';

function isTeamSettingsFile(uri: string): boolean {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  return (TEAM_SETTINGS_FILES as readonly string[]).includes(name);
}

export interface AuthoringDependencies {
  readonly documents: OpenDocuments;
  readonly analyses: DocumentAnalyses;
  readonly engineHost: EngineHost;
  readonly log: Logger;
  readonly index: WorkspaceIndex;
  readonly crossDocument: CrossDocumentFindings;
  /** A team settings file (`.leaddocs.json`/`.yaml`) was created, changed or deleted. */
  readonly teamSettingsChanged: () => Promise<void>;
}

/**
 * The help an author gets while writing: quick fixes and fix-all, completion, hover and the
 * outline, with the workspace index they share. The index fills itself after each engine build
 * and follows markdown files changing on disk when the client can watch them.
 */
export function registerAuthoringFeatures(connection: Connection, dependencies: AuthoringDependencies): void {
  const { documents, analyses, engineHost, index, crossDocument, log, teamSettingsChanged } = dependencies;

  registerCodeActions(connection, { analyses, engineHost, log, crossDocumentFindings: (uri) => crossDocument.findingsFor(uri) });
  registerCompletion(connection, { documents, analyses, engineHost, index, log });
  registerHover(connection, { analyses, engineHost, index, log });
  registerDocumentSymbols(connection, { analyses, log });

  // Unsaved edits die with the editor: the file on disk is what the workspace holds again.
  documents.onDidClose(({ document }) => {
    void index.refresh(document.uri).then(() => crossDocument.documentClosed(document.uri));
  });

  let watching = false;
  engineHost.onDidRebuild(() => {
    if (watching) return;
    watching = true;
    const watchers = [{ globPattern: '**/*.{md,markdown}' }, { globPattern: `**/{${TEAM_SETTINGS_FILES.join(',')}}` }];
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => {
      // Not every client can watch files; the index then learns of changes from documents it sees.
      log.info(`Leaddocs: the client does not watch markdown files for the workspace index (${error instanceof Error ? error.message : String(error)}).`);
    });
  });
  connection.onDidChangeWatchedFiles(
    guarded(log, 'a watched file change', undefined, async ({ changes }) => {
      let teamSettings = false;
      for (const change of changes) {
        if (isTeamSettingsFile(change.uri)) teamSettings = true;
        else if (change.type === FileChangeType.Deleted) index.remove(change.uri);
        else await index.refresh(change.uri);
      }
      if (teamSettings) await teamSettingsChanged();
    }),
  );
}
