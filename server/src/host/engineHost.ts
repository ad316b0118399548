import type { AnalysisRunner } from '../analysis/analysisRunner';
import type { CatalogEntry, Finding, WorkspaceCatalog, WorkspaceCheckContext } from '../engine';
import { contentHash } from './catalogCache';
import { defaultEngineSettings, type Engine, type ResolvedDocType } from '../engine';
import type { ServerSettings } from '../settings/parseSettings';
import { loadCustomTypes } from './customTypes';
import type { Logger } from './logger';
import { createWorkspaceEngine } from './workspaceEngine';
import type { WorkspaceFiles } from './workspaceFiles';
import type { WorkspaceFolders } from './workspaceFolders';

export interface EngineHostOptions {
  readonly files: WorkspaceFiles;
  readonly folders: WorkspaceFolders;
  readonly log: Logger;
  /** Does the analyses; told of each engine built, so that it builds the same one. */
  readonly runner: AnalysisRunner;
  /** Tells the user about configuration they need to fix (a broken custom type). */
  readonly warnUser: (message: string) => void;
}

/**
 * Owns the engine: builds it from settings and custom types, rebuilds it when they change, and
 * hands the same inputs to the analysis runner. Completion and hover read its document types;
 * analyses come from `DocumentAnalyses`.
 */
export class EngineHost {
  private engine: Engine | undefined;
  private generation = 0;
  private passMarkInForce = defaultEngineSettings.passMark;
  private fingerprint: string | undefined;
  private reportedProblems = new Set<string>();
  private building: Promise<void>;
  private readonly rebuildListeners: Array<() => void> = [];
  private markFirstBuildDone: () => void = () => undefined;

  constructor(private readonly options: EngineHostOptions) {
    // Documents may open before the first settings arrive; they wait for this instead of being
    // checked with defaults and then again with the user's settings.
    this.building = new Promise((resolve) => (this.markFirstBuildDone = resolve));
  }

  /**
   * Builds the engine for the settings `loadSettings` resolves with; an earlier build still
   * running is superseded. Loading the settings counts as building, so a request that arrives
   * right after a configuration change waits for the engine that reflects it.
   */
  async configure(loadSettings: () => Promise<ServerSettings | undefined>): Promise<void> {
    const generation = ++this.generation;
    const build = this.build(loadSettings, generation);
    const firstBuild = this.engine === undefined ? this.markFirstBuildDone : undefined;
    // Waiters only need to know the build is over; its failure is reported to the caller.
    this.building = build.then(
      () => undefined,
      () => undefined,
    );
    try {
      await build;
    } finally {
      firstBuild?.();
    }
  }

  /** Resolves once the engine reflects the latest settings. */
  async whenReady(): Promise<void> {
    let awaited: Promise<void>;
    do {
      awaited = this.building;
      await awaited;
    } while (awaited !== this.building);
  }

  /** The pass mark of the current engine, for analyses the engine did not make (a stopped one). */
  get passMark(): number {
    return this.passMarkInForce;
  }

  /** The document types of the current engine, with their schemas: completion and hover read them. */
  get docTypes(): readonly ResolvedDocType[] {
    return this.engine?.docTypes ?? [];
  }

  /** Identifies what the engine was built from, for caches of what it made: another engine, another key. */
  get fingerprintKey(): string {
    return contentHash(this.fingerprint ?? '');
  }

  /** Cross-document findings of one catalogued document: entries only, so cheap enough for this thread. */
  checkWorkspace(entry: CatalogEntry, catalog: WorkspaceCatalog, context: WorkspaceCheckContext): Finding[] {
    return this.engine?.checkWorkspace(entry, catalog, context) ?? [];
  }

  onDidRebuild(listener: () => void): void {
    this.rebuildListeners.push(listener);
  }

  private async build(loadSettings: () => Promise<ServerSettings | undefined>, generation: number): Promise<void> {
    const { log, warnUser, folders, files } = this.options;
    const settings = await loadSettings();
    if (settings === undefined || generation !== this.generation) return;
    const custom = await loadCustomTypes(settings.customTypes, folders, files);
    if (generation !== this.generation) return;
    const problems = [...custom.problems];
    // Client-only settings (folders, fix-all on save, trace) change nothing the engine reads;
    // keeping the engine keeps every cached analysis, so open documents are not re-checked.
    const fingerprint = fingerprintOf([settings.engine, custom.docTypes, custom.problems]);
    if (this.engine !== undefined && fingerprint !== undefined && fingerprint === this.fingerprint) return;
    this.fingerprint = fingerprint;

    const built = createWorkspaceEngine(settings.engine, custom.docTypes, log);
    problems.push(...built.problems);
    // Every settings change rebuilds the engine; a problem the user was already told about stays quiet.
    problems.filter((problem) => !this.reportedProblems.has(problem)).forEach(warnUser);
    this.reportedProblems = new Set(problems);
    const { engine } = built;
    if (engine === undefined) return;
    this.engine = engine;
    this.passMarkInForce = settings.engine.passMark;
    // The runner builds its own engine (in a worker thread) from the types this one kept.
    this.options.runner.configure({ docTypes: engine.docTypes, settings: settings.engine });
    for (const listener of this.rebuildListeners) listener();
    log.info(`Leaddocs: checking ${engine.docTypes.map((type) => type.spec.id).join(', ')} with ${engine.rules.length} rules.`);
  }
}

/**
 * What the engine is built from, as text to compare; undefined (always rebuild) if it cannot be
 * written out. Custom types are depth-checked when loaded, so this is a second line of defence.
 */
function fingerprintOf(inputs: unknown): string | undefined {
  try {
    return JSON.stringify(inputs);
  } catch {
    return undefined;
  }
}
