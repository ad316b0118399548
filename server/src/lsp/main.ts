/**
 * The Leaddocs language server. The transport (`--stdio`, `--node-ipc`, `--socket=<port>`) is
 * chosen from argv by vscode-languageserver, so any LSP client can start it.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
} from 'vscode-languageserver/node';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { WorkerRunner } from '../analysis/node/workerRunner';
import { registerAuthoringFeatures } from './authoringFeatures';
import { serverCapabilities } from './capabilities';
import { DocumentAnalyses } from './documentAnalyses';
import { createOpenDocuments } from './documents';
import { registerDocumentInfo } from './documentInfo';
import { createDocumentValidator } from './documentValidation';
import { EngineHost } from '../host/engineHost';
import { registerExportRequest } from './exportRequest';
import { guarded } from './guard';
import { connectionLogger } from './logger';
import { nodeWorkspaceFiles } from '../host/nodeWorkspaceFiles';
import { registerNewDocumentRequest } from './newDocumentRequest';
import { registerPreviewRequest } from './previewRequest';
import { SettingsSource } from './settings';
import { ValidationScheduler } from './validationScheduler';
import { listenForDocumentChanges } from './validationTriggers';
import { WorkspaceFolders } from '../host/workspaceFolders';
import { catalogCacheFor } from '../host/catalogCacheLocation';
import { CrossDocumentFindings } from './workspace/crossDocumentFindings';
import { localToday } from './localToday';
import { WorkspaceIndex } from './workspaceIndex';
import { registerDecisionLogRequests } from './workspace/decisionLogRequests';
import { registerFileRenames } from './workspace/fileRenames';
import { registerNavigation } from './workspace/navigation';
import { registerWorkspaceSymbols } from './workspace/workspaceSymbols';
import { decisionLogChangedNotification } from '../protocol/decisionLogProtocol';
import { workspaceTrustedNotification } from '../protocol/leaddocsProtocol';
import { WorkspaceTrust } from './workspaceTrust';

const connection = createConnection(ProposedFeatures.all);
const log = connectionLogger(connection);

// Last resort: a bug in one handler is logged and the server keeps serving every other document.
process.on('uncaughtException', (error) => log.error('Leaddocs: uncaught exception', error));
process.on('unhandledRejection', (reason) => log.error('Leaddocs: unhandled rejection', reason));

const documents = createOpenDocuments();
const folders = new WorkspaceFolders();
const files = nodeWorkspaceFiles;
const settings = new SettingsSource(connection, log);
// Each analysis runs in a worker thread with a time budget, so no document can stall another.
const runner = new WorkerRunner({
  startWorker: (inputs) => new Worker(join(__dirname, 'analysisWorker.js'), { workerData: inputs, resourceLimits: { maxOldGenerationSizeMb: 1024 } }),
  log,
});
const engineHost = new EngineHost({
  files,
  folders,
  log,
  runner,
  warnUser: (message) => {
    log.warn(message);
    // The window/showMessage notification, not the request: every client shows it, none must answer.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  },
});
const analyses = new DocumentAnalyses({ documents, engineHost, runner, files, folders, log });
const index = new WorkspaceIndex({
  engineHost,
  analyses,
  files,
  folders,
  log,
  isOpen: (uri) => documents.get(uri) !== undefined,
  cache: catalogCacheFor(process.argv, () => pushedAtStart, () => folders.uris),
});
const crossDocument = new CrossDocumentFindings({
  connection,
  index,
  engineHost,
  isOpen: (uri) => documents.get(uri) !== undefined,
  revalidate: (uri) => scheduler.now(uri),
  staleProposalDays: () => settings.current.decisionLog.staleProposalDays,
  today: localToday,
  log,
});
const scheduler = new ValidationScheduler({
  validate: createDocumentValidator({ connection, documents, analyses, log, crossDocumentFindings: (uri) => crossDocument.findingsFor(uri) }),
  delay: () => settings.current.validationDelay,
  log,
});

let registerForConfigurationChanges = false;
let watchWorkspaceFolders = false;
let pushedAtStart: unknown;
const trust = new WorkspaceTrust();

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
}

connection.onInitialized(() => {
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
registerAuthoringFeatures(connection, { documents, analyses, engineHost, index, crossDocument, log });
registerNavigation(connection, { analyses, index, log });
registerWorkspaceSymbols(connection, { index, log });
registerFileRenames(connection, { index, log });
registerDecisionLogRequests(connection, { index, documents, files, crossDocumentFindings: (uri) => crossDocument.findingsFor(uri), settings: () => settings.current.decisionLog, log });
index.onDidChange(() => void connection.sendNotification(decisionLogChangedNotification));
registerExportRequest(connection, { analyses, log });
registerPreviewRequest(connection, { analyses, log });
registerNewDocumentRequest(connection, { engineHost, analyses, files, settings, log });
connection.onShutdown(async () => {
  await index.flush();
  scheduler.dispose();
  runner.dispose();
});

documents.listen(connection);
connection.listen();
