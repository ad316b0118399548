/**
 * The Leaddocs language server on any connection: everything but the transport, the file
 * system, the analysis runner, the catalogue cache and export, which the entries choose
 * (main.ts: a Node process; browserMain.ts: a Web Worker). Nothing here may need Node, so the
 * browser bundle holds it; the build fails if it does.
 */
import { DidChangeConfigurationNotification, MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import type { AnalysisRunner } from '../analysis/analysisRunner';
import type { CatalogCache } from '../host/catalogCache';
import type { AddedOn } from '../host/nodeGitHistory';
import { EngineHost } from '../host/engineHost';
import { NO_TEAM_SETTINGS, readTeamSettings } from '../host/teamSettingsFile';
import type { WorkspaceFiles } from '../host/workspaceFiles';
import { WorkspaceFolders } from '../host/workspaceFolders';
import { decisionLogChangedNotification } from '../protocol/decisionLogProtocol';
import { workspaceTrustedNotification } from '../protocol/leaddocsProtocol';
import { registerAuthoringFeatures } from './authoringFeatures';
import { serverCapabilities } from './capabilities';
import { DocumentAnalyses } from './documentAnalyses';
import { createOpenDocuments } from './documents';
import { registerDocumentInfo } from './documentInfo';
import { createDocumentValidator } from './documentValidation';
import type { ExportRequestDependencies } from './exportRequest';
import { guarded } from './guard';
import { localToday } from './localToday';
import { connectionLogger, type Logger } from './logger';
import { registerNewDocumentRequest } from './newDocumentRequest';
import { registerPreviewRequest } from './previewRequest';
import { SettingsSource } from './settings';
import { ValidationScheduler } from './validationScheduler';
import { listenForDocumentChanges } from './validationTriggers';
import { CrossDocumentFindings } from './workspace/crossDocumentFindings';
import { registerDecisionLogRequests } from './workspace/decisionLogRequests';
import { registerFileRenames } from './workspace/fileRenames';
import { registerNavigation } from './workspace/navigation';
import { registerWorkspaceSymbols } from './workspace/workspaceSymbols';
import { WorkspaceIndex } from './workspaceIndex';
import { WorkspaceTrust } from './workspaceTrust';

/** What differs between a Node process and a browser worker. */
export interface ServerPlatform {
  /** How the server reads workspace files: the disk, or the client. */
  readonly files: WorkspaceFiles;
  /** Where engine work runs: worker threads with a time budget need Node; a browser worker runs it in process. */
  readonly createRunner: (log: Logger) => AnalysisRunner;
  /** Where the workspace catalogue is kept between sessions, asked lazily (initialization options arrive later). */
  readonly catalogCache: (initializationOptions: () => unknown, folders: () => readonly string[]) => CatalogCache;
  /**
   * Answers `leaddocs/export`. The renderers need Node (fonts, zip, Buffer); a browser worker
   * registers an answer that says so instead.
   */
  readonly registerExport: (connection: Connection, dependencies: ExportRequestDependencies) => void;
  /** When each document was added to its repository (git history); hosts without one leave it out. */
  readonly addedDates?: (folderUris: readonly string[]) => Promise<AddedOn>;
}

/** Wires every feature to `connection` and starts listening; returns the server's log. */
export function startServer(connection: Connection, { files, createRunner, catalogCache, registerExport, addedDates }: ServerPlatform): Logger {
  const log = connectionLogger(connection);
  const documents = createOpenDocuments();
  const folders = new WorkspaceFolders();
  const warnUser = (message: string): void => {
    log.warn(message);
    // The window/showMessage notification, not the request: every client shows it, none must answer.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  };
  const trust = new WorkspaceTrust();
  const settings = new SettingsSource(connection, log, {
    // In restricted mode the workspace's own settings file is not read at all.
    teamSettings: () => (trust.isTrusted ? readTeamSettings(folders.uris, files) : Promise.resolve(NO_TEAM_SETTINGS)),
    warnUser,
  });
  const runner = createRunner(log);
  const engineHost = new EngineHost({ files, folders, log, runner, warnUser });
  const analyses = new DocumentAnalyses({ documents, engineHost, runner, files, folders, log });
  const index = new WorkspaceIndex({
    engineHost,
    analyses,
    files,
    folders,
    log,
    isOpen: (uri) => documents.get(uri) !== undefined,
    cache: catalogCache(() => pushedAtStart, () => folders.uris),
  });
  const crossDocument = new CrossDocumentFindings({
    connection,
    index,
    engineHost,
    isOpen: (uri) => documents.get(uri) !== undefined,
    revalidate: (uri) => scheduler.now(uri),
    checkContext: () => ({ today: localToday(), staleProposalDays: settings.current.decisionLog.staleProposalDays, ...(addedOn === undefined ? {} : { addedOn }) }),
    log,
  });
  const scheduler = new ValidationScheduler({
    validate: createDocumentValidator({ connection, documents, analyses, log, crossDocumentFindings: (uri) => crossDocument.findingsFor(uri) }),
    delay: () => settings.current.validationDelay,
    log,
  });

  let addedOn: AddedOn | undefined;
  /**
   * Reads the repositories' history once the scan that a configuration started is over, so it
   * never competes with the index; only in a trusted workspace, as git reads the repository's
   * own configuration.
   */
  async function readHistory(): Promise<void> {
    if (addedDates === undefined || !trust.isTrusted) return;
    await index.whenScanned();
    addedOn = await addedDates(folders.uris);
    crossDocument.contextChanged();
  }

  let registerForConfigurationChanges = false;
  let watchWorkspaceFolders = false;
  let pushedAtStart: unknown;

  connection.onInitialize((params) => {
    folders.replace(params.workspaceFolders, params.rootUri);
    registerForConfigurationChanges = settings.useClient(params.capabilities);
    watchWorkspaceFolders = params.capabilities.workspace?.workspaceFolders === true;
    pushedAtStart = params.initializationOptions;
    trust.startFrom(params.initializationOptions);
    if (!trust.isTrusted) log.info('Leaddocs: the workspace is not trusted; only the built-in document types apply.');
    return serverCapabilities();
  });

  async function reconfigure(pushed: unknown): Promise<void> {
    await engineHost.configure(async () => {
      const refreshed = await settings.refresh(pushed);
      return refreshed === undefined ? undefined : trust.applyTo(refreshed);
    });
    // Any open document's findings may depend on the settings that just changed.
    scheduler.all(documents.keys());
    void guarded(log, 'reading the repository history', undefined, readHistory)();
  }

  connection.onInitialized(() => {
    void guarded(log, 'preparing the workspace index', undefined, () => index.prepare())();
    void guarded(log, 'loading settings', undefined, reconfigure)(pushedAtStart);
    if (registerForConfigurationChanges) {
      void guarded(log, 'registering for configuration changes', undefined, () =>
        connection.client.register(DidChangeConfigurationNotification.type, { section: 'leaddocs' }),
      )();
    }
    if (watchWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guarded(log, 'workspace folder change', undefined, async (event) => {
          folders.change(event.added, event.removed);
          await reconfigure(undefined);
        }),
      );
    }
  });

  connection.onNotification(
    workspaceTrustedNotification,
    guarded(log, 'workspace trust', undefined, async () => {
      trust.grant();
      log.info('Leaddocs: the workspace is now trusted; custom document types apply.');
      await reconfigure(undefined);
    }),
  );

  connection.onDidChangeConfiguration(guarded(log, 'configuration change', undefined, (params) => reconfigure(params.settings)));

  listenForDocumentChanges(connection, documents, scheduler, analyses);
  registerDocumentInfo(connection, { analyses, log });
  registerAuthoringFeatures(connection, { documents, analyses, engineHost, index, crossDocument, log, teamSettingsChanged: () => reconfigure(undefined) });
  registerNavigation(connection, { analyses, index, log });
  registerWorkspaceSymbols(connection, { index, log });
  registerFileRenames(connection, { index, log });
  registerDecisionLogRequests(connection, { index, documents, files, crossDocumentFindings: (uri) => crossDocument.findingsFor(uri), settings: () => settings.current.decisionLog, log });
  index.onDidChange(() => void connection.sendNotification(decisionLogChangedNotification));
  registerExport(connection, { analyses, log });
  registerPreviewRequest(connection, { analyses, log });
  registerNewDocumentRequest(connection, { engineHost, analyses, files, settings, trust, log });
  connection.onShutdown(async () => {
    crossDocument.dispose();
    await index.flush();
    scheduler.dispose();
    runner.dispose();
  });

  documents.listen(connection);
  connection.listen();
  return log;
}
