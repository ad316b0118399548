import type { DocumentAnalysis, Engine } from '../engine';
import { parseSettings, type ServerSettings } from '../settings/parseSettings';
import { loadCustomTypes } from './customTypes';
import { silentLogger, type Logger } from './logger';
import { RepositoryPaths, type DocumentPaths } from './repositoryPaths';
import { createWorkspaceEngine } from './workspaceEngine';
import type { WorkspaceFiles } from './workspaceFiles';
import { WorkspaceFolders } from './workspaceFolders';
import { findWorkspaceRoot } from './workspaceRoot';
import { readWorkspaceSettings } from './workspaceSettings';

/** A workspace as a host without an editor sees it: found on disk, configured from its files. */
export interface WorkspaceHost {
  /** URI of the workspace folder; the fallback folder when no marker was found. */
  readonly rootUri: string;
  /** False when no folder up the tree had a marker, so defaults and the fallback folder apply. */
  readonly foundRoot: boolean;
  readonly settings: ServerSettings;
  readonly engine: Engine;
  /** Type id → the `leaddocs.customTypes` path that defined it, for the types in force. */
  readonly customTypePaths: ReadonlyMap<string, string>;
  /** Configuration the user should fix (settings, custom types), one sentence each; never fatal. */
  readonly problems: readonly string[];
  /**
   * Where a document sits, as the language server tells the engine: within its repository (type
   * detection reads that, whichever folder the command ran from) and within the workspace (a
   * team's globs in settings are written against that).
   */
  documentPaths(uri: string): Promise<DocumentPaths>;
  /** Analyses a file the way the language server analyses it in the editor. */
  analyze(uri: string, text: string): Promise<DocumentAnalysis>;
}

export interface LoadWorkspaceOptions {
  /** The folder to use when no workspace marker is found (the CLI passes its working folder). */
  readonly fallbackRootUri: string;
  readonly log?: Logger;
}

/**
 * Finds the workspace holding `startUri` (see findWorkspaceRoot), reads its `leaddocs.*`
 * settings and custom types, and builds the engine exactly as the language server does.
 */
export async function loadWorkspace(startUri: string, files: WorkspaceFiles, options: LoadWorkspaceOptions): Promise<WorkspaceHost> {
  const log = options.log ?? silentLogger;
  const found = await findWorkspaceRoot(startUri, files);
  const rootUri = found ?? options.fallbackRootUri.replace(/\/$/, '');
  const folders = new WorkspaceFolders();
  folders.replace([{ uri: rootUri }]);

  const stored = found === undefined ? { section: {}, problems: [] } : await readWorkspaceSettings(rootUri, files);
  const { settings, problems: settingProblems } = parseSettings(stored.section);
  const custom = await loadCustomTypes(settings.customTypes, folders, files);
  const built = createWorkspaceEngine(settings.engine, custom.docTypes, log);
  if (built.engine === undefined) throw new Error('The Leaddocs engine could not be built, not even with the built-in document types.');
  const engine = built.engine;
  const repositoryPaths = new RepositoryPaths(files, folders);

  return {
    rootUri,
    foundRoot: found !== undefined,
    settings,
    engine,
    customTypePaths: new Map(custom.docTypes.filter((docType) => engine.docTypes.includes(docType)).map((docType) => [docType.spec.id, custom.paths[custom.docTypes.indexOf(docType)] as string])),
    problems: [...stored.problems, ...settingProblems.map((problem) => `Leaddocs settings: ${problem}`), ...custom.problems, ...built.problems],
    documentPaths: (uri) => repositoryPaths.pathsOf(uri),
    async analyze(uri, text) {
      const { path, workspacePath } = await repositoryPaths.pathsOf(uri);
      return engine.analyze({ uri, text, ...(path === undefined ? {} : { path }), ...(workspacePath === undefined ? {} : { workspacePath }) });
    },
  };
}
