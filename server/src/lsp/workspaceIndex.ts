import { workspaceEntryFor } from '../analysis/engineJobs';
import type { AuthoringContext, DecisionSummary, WorkspaceEntry } from '../engine';
import type { DocumentAnalyses } from './documentAnalyses';
import type { EngineHost } from '../host/engineHost';
import type { Logger } from './logger';
import type { WorkspaceFiles } from '../host/workspaceFiles';
import type { WorkspaceFolders } from '../host/workspaceFolders';

/** A workspace bigger than this is indexed only this far: the index helps, it must never hog the server. */
const MAX_INDEXED_FILES = 5000;

interface IndexedFile {
  /** Hash of the text the entry was made from; an unchanged file is not analysed again. */
  readonly hash: number;
  /** The engine build that made it: new settings or types can change what a file is. */
  readonly build: number;
  readonly entry: WorkspaceEntry;
}

/**
 * The workspace's leadership documents as completion and hover need them: ADR numbers with
 * titles, statuses and dates, and the names used in people fields. Open documents update it
 * from the analyses the server makes anyway; files on disk are read in the background, one at a
 * time with a yield between, and analysed again only when their text changed.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, IndexedFile>();
  private summary: { people: string[]; decisions: DecisionSummary[] } | undefined;
  private scanGeneration = 0;
  private engineBuild = 0;

  constructor(
    private readonly engineHost: EngineHost,
    private readonly analyses: DocumentAnalyses,
    private readonly workspaceFiles: WorkspaceFiles,
    private readonly folders: WorkspaceFolders,
    private readonly log: Logger,
    private readonly isOpen: (uri: string) => boolean,
  ) {
    analyses.onDidAnalyze((analysis) => this.updateFrom(analysis.uri, workspaceEntryFor(analysis, engineHost.docTypes), hashOf(analysis.document.text)));
    engineHost.onDidRebuild(() => {
      this.engineBuild++;
      void this.scan();
    });
  }

  /** Reads every markdown file of the workspace folders; a newer scan supersedes an older one. */
  scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    return this.scanFolders(generation).catch((error: unknown) => this.log.error('Leaddocs: indexing the workspace failed', error));
  }

  /** Reads one file again (it changed on disk, or its editor closed without saving). */
  async refresh(uri: string): Promise<void> {
    if (this.isOpen(uri)) return;
    try {
      await this.index(uri, await this.workspaceFiles.readText(uri));
    } catch {
      this.remove(uri);
    }
  }

  remove(uri: string): void {
    if (this.files.delete(uri)) this.summary = undefined;
  }

  /** Everything completion needs, for a given day. */
  context(today: string): AuthoringContext {
    const { people, decisions } = this.summarize();
    return { today, people, decisions };
  }

  /** The ADR with this number; from the asking document's own folder first when numbers repeat. */
  decision(number: number, nearUri?: string): DecisionSummary | undefined {
    const candidates = this.summarize().decisions.filter((decision) => decision.number === number);
    const folder = nearUri === undefined ? undefined : nearUri.slice(0, nearUri.lastIndexOf('/') + 1);
    return candidates.find((decision) => folder !== undefined && decision.uri.startsWith(folder) && !decision.uri.slice(folder.length).includes('/')) ?? candidates[0];
  }

  private async scanFolders(generation: number): Promise<void> {
    await this.engineHost.whenReady();
    let seen = 0;
    const found = new Set<string>();
    for (const folder of this.folders.uris) {
      const uris = await this.workspaceFiles.findFiles(folder, '**/*.{md,markdown}');
      for (const uri of uris) {
        if (generation !== this.scanGeneration || seen >= MAX_INDEXED_FILES) return;
        seen++;
        found.add(uri);
        if (this.isOpen(uri)) continue;
        try {
          await this.index(uri, await this.workspaceFiles.readText(uri));
        } catch (error) {
          this.log.trace(`Leaddocs: could not index ${uri}: ${String(error)}`);
        }
        // Each file is its own turn of the event loop, so requests are answered during a scan.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (generation !== this.scanGeneration) return;
    for (const uri of [...this.files.keys()]) if (!found.has(uri) && !this.isOpen(uri)) this.remove(uri);
  }

  private async index(uri: string, text: string): Promise<void> {
    await this.engineHost.whenReady();
    const hash = hashOf(text);
    const build = this.engineBuild;
    const known = this.files.get(uri);
    if (known?.hash === hash && known.build === build) return;
    const entry = await this.analyses.workspaceEntry(uri, text);
    // A rebuild meanwhile starts a scan of its own; a document opened meanwhile speaks for itself.
    if (build !== this.engineBuild || this.isOpen(uri)) return;
    this.updateFrom(uri, entry, hash);
  }

  private updateFrom(uri: string, entry: WorkspaceEntry | null, hash: number): void {
    if (entry === null) {
      this.remove(uri);
      return;
    }
    this.files.set(uri, { hash, build: this.engineBuild, entry });
    this.summary = undefined;
  }

  private summarize(): { people: string[]; decisions: DecisionSummary[] } {
    if (this.summary === undefined) {
      const people = new Set<string>();
      const decisions: DecisionSummary[] = [];
      for (const { entry } of this.files.values()) {
        for (const person of entry.people) people.add(person);
        if (entry.decision !== null) decisions.push(entry.decision);
      }
      this.summary = { people: [...people].sort((a, b) => a.localeCompare(b)), decisions: decisions.sort((a, b) => a.number - b.number || a.uri.localeCompare(b.uri)) };
    }
    return this.summary;
  }
}

/** FNV-1a: cheap, and a collision only costs a stale entry until the next edit. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
