import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { AnalysisRunner, CataloguedFile, JobPriority } from '../analysis/analysisRunner';
import { stoppedAnalysis } from '../analysis/stoppedAnalysis';
import type { CatalogEntry, DocumentAnalysis, DocumentSource } from '../engine';
import { isMarkdown, type OpenDocuments } from './documents';
import type { EngineHost } from '../host/engineHost';
import type { Logger } from './logger';
import type { WorkspaceFiles } from '../host/workspaceFiles';
import type { WorkspaceFolders } from '../host/workspaceFolders';
import { RepositoryPaths } from '../host/repositoryPaths';

export interface DocumentAnalysesDependencies {
  readonly documents: OpenDocuments;
  readonly engineHost: EngineHost;
  readonly runner: AnalysisRunner;
  readonly files: WorkspaceFiles;
  readonly folders: WorkspaceFolders;
  readonly log: Logger;
}

/** A document's text and its analysis. */
export interface AnalysedDocument {
  readonly uri: string;
  /** The open document's version; null for a file read from disk. */
  readonly version: number | null;
  readonly text: string;
  readonly analysis: DocumentAnalysis;
}

export interface AnalysedOpenDocument extends AnalysedDocument {
  readonly version: number;
}

interface CachedAnalysis {
  readonly version: number;
  readonly build: number;
  readonly analysis: Promise<DocumentAnalysis>;
}

/**
 * The one way the server gets an analysis, for open documents and files on disk alike:
 * diagnostics, documentInfo, authoring help, export, preview and the workspace index all ask
 * here. An open document is analysed once per version and engine build, however many features
 * ask for it at once; the work itself is done by the analysis runner.
 */
export class DocumentAnalyses {
  private readonly cache = new Map<string, CachedAnalysis>();
  private readonly paths: RepositoryPaths;
  private readonly listeners: Array<(analysis: DocumentAnalysis) => void> = [];
  /** What each analysis cost, from asking to having it (queue, worker and transfer): the scheduler adapts to it. */
  private readonly costs = new WeakMap<DocumentAnalysis, number>();
  /** Counts engine builds: an analysis made by an older engine is never cached or handed out. */
  private build = 0;

  constructor(private readonly dependencies: DocumentAnalysesDependencies) {
    this.paths = new RepositoryPaths(dependencies.files, dependencies.folders);
    dependencies.engineHost.onDidRebuild(() => {
      this.build++;
      this.cache.clear();
    });
  }

  /**
   * The analysis of an open markdown document's version as it is now; undefined when the
   * document is not open or the server does not check it.
   */
  async ofOpenDocument(uri: string): Promise<AnalysedOpenDocument | undefined> {
    const { documents, engineHost } = this.dependencies;
    const opened = documents.get(uri);
    if (opened === undefined || !isMarkdown(opened)) return undefined;
    // A worker starts while the engine is built, not after.
    this.dependencies.runner.prepare('open');
    // The text is read only once the engine is ready, so it is the newest the engine can judge.
    await engineHost.whenReady();
    for (;;) {
      const document = documents.get(uri);
      if (document === undefined) return undefined;
      const version = document.version;
      const text = document.getText();
      const build = this.build;
      const analysis = await this.analysisOfVersion(uri, version, text);
      // An engine rebuilt meanwhile may judge the same text differently: ask the new one.
      if (build === this.build) return { uri, version, text, analysis };
    }
  }

  /** An open document as the editor has it, unsaved edits included, or else the file on disk. */
  async ofDocument(uri: string): Promise<AnalysedDocument> {
    const { documents, engineHost, files } = this.dependencies;
    if (documents.get(uri) !== undefined) {
      const open = await this.ofOpenDocument(uri);
      if (open !== undefined) return open;
      if (documents.get(uri) !== undefined) throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is not a markdown document.`);
    }
    let text: string;
    try {
      text = await files.readText(uri);
    } catch {
      throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is neither open in the editor nor a file the server can read.`);
    }
    await engineHost.whenReady();
    return { uri, version: null, text, analysis: await this.analyse(await this.sourceOf(uri, text), 'open') };
  }

  /** What the workspace index keeps of a file on disk; null when it is no leadership document, or took too long to read. */
  async catalogEntry(uri: string, text: string): Promise<CatalogEntry | null> {
    await this.dependencies.engineHost.whenReady();
    const outcome = await this.dependencies.runner.run('catalogEntry', await this.sourceOf(uri, text), 'background');
    if (outcome.completed) return outcome.value;
    this.dependencies.log.info(`Leaddocs: ${uri} is left out of the workspace index: checking it was stopped after ${outcome.stoppedAfterMs} ms.`);
    return null;
  }

  /**
   * A file's catalogue entry, analysed where the engine runs: only the entry and the text's hash
   * come back. The text is read here when the host reads local files at once (the worker is what
   * a scan waits for, this thread mostly is not), else by the worker. Undefined when the runner
   * cannot catalogue files (no runner of its own reading, or no file on the local disk: the
   * caller reads it), null when checking it was stopped.
   */
  async catalogFile(uri: string, knownHashes: readonly string[]): Promise<CataloguedFile | null | undefined> {
    const { runner, engineHost, files, log } = this.dependencies;
    if (runner.catalogFile === undefined || !uri.startsWith('file:')) return undefined;
    await engineHost.whenReady();
    const { path, workspacePath } = await this.paths.pathsOf(uri);
    // Read last, just before it is sent: this thread holds the text for as short a time as it can.
    const text = files.readTextNow?.(uri);
    const outcome = await runner.catalogFile({
      uri,
      knownHashes,
      ...(path === undefined ? {} : { path }),
      ...(workspacePath === undefined || workspacePath === path ? {} : { workspacePath }),
      ...(text === undefined ? {} : { text }),
    });
    if (outcome.completed) return outcome.value;
    log.info(`Leaddocs: ${uri} is left out of the workspace index: checking it was stopped after ${outcome.stoppedAfterMs} ms.`);
    return null;
  }

  /** The workspace index will analyse every file it finds: what the background runs on may start now. */
  backgroundComing(): void {
    this.dependencies.runner.prepare('background');
  }

  /** The workspace index has read every file it knows of: the background's workers may go. */
  backgroundDone(): void {
    this.dependencies.runner.releaseBackground?.();
  }

  /** The document's text after every safe fix (fix-all); its own text when it took too long. */
  async fixedText(document: AnalysedDocument): Promise<string> {
    const outcome = await this.dependencies.runner.run('fixAll', await this.sourceOf(document.uri, document.text), 'open');
    return outcome.completed ? outcome.value : document.text;
  }

  /** Milliseconds it took to get this analysis of an open document, when it was made here. */
  costOf(analysis: DocumentAnalysis): number | undefined {
    return this.costs.get(analysis);
  }

  /** Called with each new analysis of an open document's version. */
  onDidAnalyze(listener: (analysis: DocumentAnalysis) => void): void {
    this.listeners.push(listener);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private analysisOfVersion(uri: string, version: number, text: string): Promise<DocumentAnalysis> {
    const cached = this.cache.get(uri);
    if (cached !== undefined && cached.version === version && cached.build === this.build) return cached.analysis;
    const build = this.build;
    const started = performance.now();
    const analysis = this.sourceOf(uri, text).then((source) => this.analyse(source, 'open')).then((result) => {
      this.costs.set(result, performance.now() - started);
      if (build === this.build) for (const listener of this.listeners) listener(result);
      return result;
    });
    this.cache.set(uri, { version, build, analysis });
    // A failure is not remembered: the next request for this version tries again.
    analysis.catch(() => {
      if (this.cache.get(uri)?.analysis === analysis) this.cache.delete(uri);
    });
    return analysis;
  }

  private async analyse(source: DocumentSource, priority: JobPriority): Promise<DocumentAnalysis> {
    const outcome = await this.dependencies.runner.run('analysis', source, priority);
    return outcome.completed ? outcome.value : stoppedAnalysis(source, outcome.stoppedAfterMs, this.dependencies.engineHost.passMark);
  }

  /** Detection reads the path within the repository, so it does not depend on which folder is open. */
  private async sourceOf(uri: string, text: string): Promise<DocumentSource> {
    const { path, workspacePath } = await this.paths.pathsOf(uri);
    return { uri, text, ...(path === undefined ? {} : { path }), ...(workspacePath === undefined || workspacePath === path ? {} : { workspacePath }) };
  }
}
