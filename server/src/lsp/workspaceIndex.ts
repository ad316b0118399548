import { authoringContextOf, WorkspaceCatalog, type AuthoringContext } from '../engine';
import { contentHash, noCatalogCache, type CachedCatalogRecord, type CatalogCache } from '../host/catalogCache';
import type { EngineHost } from '../host/engineHost';
import type { WorkspaceFiles } from '../host/workspaceFiles';
import type { WorkspaceFolders } from '../host/workspaceFolders';
import type { DocumentAnalyses } from './documentAnalyses';
import { LinkTargets } from './workspace/linkTargets';
import type { Logger } from './logger';

interface IndexedFile extends CachedCatalogRecord {
  /** The engine build that made it: new settings or types can change what a file is. */
  readonly build: number;
}

/**
 * Files a scan has in hand at once: their stamps overlap, and the analyses they need queue up
 * so that no background worker waits for the next file (two workers hold eight jobs each).
 */
const SCAN_WINDOW = 32;
/** Changes are written to the cache once they have settled this long... */
const SAVE_AFTER_MS = 1000;
/** ...or at the latest this long after the first of them. */
const SAVE_AT_MOST_MS = 5000;

export interface WorkspaceIndexDependencies {
  readonly engineHost: EngineHost;
  readonly analyses: DocumentAnalyses;
  readonly files: WorkspaceFiles;
  readonly folders: WorkspaceFolders;
  readonly log: Logger;
  readonly isOpen: (uri: string) => boolean;
  /** Where entries are kept between runs; none by default. */
  readonly cache?: CatalogCache;
}

/**
 * The workspace's leadership documents, one catalogue entry each: what completion and hover
 * offer, what the cross-document checks, navigation and the decision log read. Open documents
 * update it from the analyses the server makes anyway; files on disk are read in the
 * background, a few at a time, and analysed again only when their text (or the engine)
 * changed. Entries are kept on disk with the text's hash and the file's stamp (modification
 * time and size), so a warm start looks at each file's stamp, reads only the files whose stamp
 * changed, and analyses only those whose text did. There is no cap: background jobs always
 * yield to open ones.
 */
export class WorkspaceIndex {
  private readonly indexed = new Map<string, IndexedFile>();
  private readonly linkTargets: LinkTargets;
  private readonly changeListeners: Array<(uris: readonly string[]) => void> = [];
  private catalogCache: WorkspaceCatalog | undefined;
  /**
   * Documents whose links' targets have not been looked up since their entry changed; `all`
   * when any could need it again. An edit then looks up its own document's links, not every
   * link of the workspace on every keystroke.
   */
  private linksToCheck: Set<string> | 'all' = 'all';
  private scanGeneration = 0;
  private engineBuild = 0;
  private scanned: Promise<void> = Promise.resolve();
  private scanning = false;
  private pendingChanges = new Set<string>();
  private notifyScheduled = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change not yet written was made. */
  private unsavedSince: number | undefined;
  private firstScanDone = false;
  /** Entries changed since the cache was last written (or read). */
  private unsaved = false;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly dependencies: WorkspaceIndexDependencies) {
    const { analyses, engineHost, files } = dependencies;
    this.linkTargets = new LinkTargets(files, () => this.changed([]));
    // An open document's text is the editor's, not the file's: no stamp vouches for it.
    analyses.onDidAnalyze((analysis) => this.record(analysis.uri, { hash: contentHash(analysis.document.text), entry: analysis.catalogEntry }));
    engineHost.onDidRebuild(() => {
      this.engineBuild++;
      void this.scan();
    });
  }

  /** Reads every markdown file of the workspace folders; a newer scan supersedes an older one. */
  scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    this.scanning = true;
    this.scanned = this.scanFolders(generation)
      .catch((error: unknown) => this.dependencies.log.error('Leaddocs: indexing the workspace failed', error))
      .finally(() => {
        if (generation !== this.scanGeneration) return;
        this.scanning = false;
        // Listeners heard nothing while the scan ran; now they hear it all at once.
        this.changed([]);
      });
    return this.scanned;
  }

  /**
   * The server has its folders and is about to fetch settings and build its engine. When the
   * cache holds nothing for this workspace, the coming scan analyses every file, so the
   * background worker starts loading now, alongside all that (a cold start of 10,000
   * documents waited about 0.6 s for it after the folders were walked).
   */
  async prepare(): Promise<void> {
    if (this.dependencies.folders.uris.length === 0) return;
    if (await (this.dependencies.cache ?? noCatalogCache).isEmpty()) this.dependencies.analyses.backgroundComing();
  }

  /** True while a scan is reading the workspace. */
  get isScanning(): boolean {
    return this.scanning;
  }

  /** Resolves once the latest scan is over: the CLI-like requests (generate the log) want the whole workspace. */
  whenScanned(): Promise<void> {
    return this.scanned;
  }

  /** Reads one file again (it changed on disk, or its editor closed without saving). */
  async refresh(uri: string): Promise<void> {
    this.forgetLinkTarget(uri);
    if (this.dependencies.isOpen(uri)) return;
    try {
      const { files } = this.dependencies;
      // The stamp is taken before the read: a write after it changes the stamp, so it is read again next time.
      const stamp = await files.stamp?.(uri);
      await this.index(uri, await files.readText(uri), stamp);
    } catch {
      this.remove(uri);
    }
  }

  remove(uri: string): void {
    this.forgetLinkTarget(uri);
    if (!this.indexed.delete(uri)) return;
    this.changed([uri]);
    this.unsaved = true;
    this.scheduleSave();
  }

  /** Called with the URIs whose entries changed (empty when only link targets did), after the change settles. */
  onDidChange(listener: (uris: readonly string[]) => void): void {
    this.changeListeners.push(listener);
  }

  /** The catalogue as it is now: one view per change, shared by every reader. */
  catalog(): WorkspaceCatalog {
    if (this.catalogCache === undefined) {
      // In URI order, whatever order the files were read in: duplicates and ties resolve the same way every time.
      const entries = [...this.indexed.values()].flatMap((file) => (file.entry === null ? [] : [file.entry])).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
      const catalog = new WorkspaceCatalog(entries, (path, from) => this.linkTargets.exists(path, from));
      const linksToCheck = this.linksToCheck;
      this.linksToCheck = new Set();
      this.linkTargets.check(catalog.unresolvedLinkTargets(linksToCheck === 'all' ? entries : entries.filter((entry) => linksToCheck.has(entry.uri))));
      this.catalogCache = catalog;
    }
    return this.catalogCache;
  }

  /** A file was created, changed or deleted: any document's link to it may need looking up again. */
  private forgetLinkTarget(uri: string): void {
    this.linkTargets.forget(uri);
    this.linksToCheck = 'all';
  }

  /** Everything completion needs, for a given day. */
  context(today: string): AuthoringContext {
    return authoringContextOf(this.catalog().entries, today);
  }

  private async scanFolders(generation: number): Promise<void> {
    const { engineHost, files, folders, log } = this.dependencies;
    await engineHost.whenReady();
    const cache = this.dependencies.cache ?? noCatalogCache;
    const cached = await cache.load(engineHost.fingerprintKey);
    // Nothing usable (another engine's or another version's entries): the worker starts while the folders are walked.
    if (cached.size === 0 && folders.uris.length > 0) this.dependencies.analyses.backgroundComing();
    const found = new Set<string>();
    const started = Date.now();
    let analysed = 0;
    for (const folder of folders.uris) {
      const uris = await files.findFiles(folder, '**/*.{md,markdown}');
      for (const uri of uris) found.add(uri);
      // A few lanes share one list, so that reading the next files overlaps analysing the last.
      const next = uris[Symbol.iterator]();
      const lane = async (): Promise<void> => {
        for (const uri of next) {
          if (generation !== this.scanGeneration) return;
          try {
            if (await this.scanFile(uri, cached)) analysed++;
          } catch (error) {
            log.trace(`Leaddocs: could not index ${uri}: ${String(error)}`);
          }
        }
      };
      await Promise.all(Array.from({ length: SCAN_WINDOW }, lane));
      if (generation !== this.scanGeneration) return;
    }
    this.dependencies.analyses.backgroundDone();
    for (const uri of [...this.indexed.keys()]) if (!found.has(uri) && !this.dependencies.isOpen(uri)) this.remove(uri);
    // Files deleted while the server was not running leave the cache too.
    if ([...cached.keys()].some((uri) => !found.has(uri))) this.unsaved = true;
    log.info(`Leaddocs: indexed ${found.size} markdown files (${analysed} analysed, the rest from the cache or unchanged) in ${Date.now() - started} ms.`);
    this.firstScanDone = true;
    // Written a little later, as any change is, not before the scan ends: what the user waits for
    // next is the first cross-document findings, which start once the scan has ended. A shutdown
    // meanwhile writes it at once (flush).
    if (this.unsaved) this.scheduleSave();
  }

  /**
   * Brings one file's entry up to date, from the cheapest source that vouches for it: an
   * unchanged stamp, then an unchanged text, then an analysis. True when it had to be analysed.
   */
  private async scanFile(uri: string, cached: ReadonlyMap<string, CachedCatalogRecord>): Promise<boolean> {
    const { files, isOpen } = this.dependencies;
    if (isOpen(uri)) return false;
    const stamp = await files.stamp?.(uri);
    const known = this.indexed.get(uri);
    const current = known?.build === this.engineBuild ? known : undefined;
    const remembered = cached.get(uri);
    if (stamp !== undefined) {
      if (current?.stamp === stamp) return false;
      if (remembered?.stamp === stamp) {
        this.record(uri, remembered, { cached: true });
        return false;
      }
    }
    const candidates = [current, remembered].filter((record) => record !== undefined);
    const stamped = stamp === undefined ? {} : { stamp };
    const build = this.engineBuild;
    const catalogued = await this.dependencies.analyses.catalogFile(uri, candidates.map((record) => record.hash));
    if (catalogued === undefined) return this.readAndIndex(uri, stamp, candidates, remembered);
    // A rebuild meanwhile starts a scan of its own; a document opened meanwhile speaks for itself.
    if (build !== this.engineBuild || isOpen(uri)) return false;
    if (catalogued === null) {
      // Stopped: remembered as no document, so that the same text is not tried again.
      this.record(uri, { hash: contentHash(await files.readText(uri)), entry: null, ...stamped });
      return true;
    }
    if (catalogued.known) {
      this.recordUnchanged(uri, catalogued.hash, stamp, candidates, remembered);
      return false;
    }
    this.record(uri, { hash: catalogued.hash, entry: catalogued.entry, ...stamped });
    return true;
  }

  /** Where the runner cannot read files, the text is read here and sent to it. */
  private async readAndIndex(uri: string, stamp: string | undefined, candidates: readonly CachedCatalogRecord[], remembered: CachedCatalogRecord | undefined): Promise<boolean> {
    const text = await this.dependencies.files.readText(uri);
    const hash = contentHash(text);
    if (candidates.some((record) => record.hash === hash)) {
      this.recordUnchanged(uri, hash, stamp, candidates, remembered);
      return false;
    }
    await this.index(uri, text, stamp);
    return true;
  }

  /** A file whose text is one the index knows: its entry is kept, under the new stamp. */
  private recordUnchanged(uri: string, hash: string, stamp: string | undefined, candidates: readonly CachedCatalogRecord[], remembered: CachedCatalogRecord | undefined): void {
    const same = candidates.find((record) => record.hash === hash);
    if (same === undefined) return;
    this.record(uri, { hash, entry: same.entry, ...(stamp === undefined ? {} : { stamp }) }, { cached: same === remembered && same.stamp === stamp });
  }

  /** Writes what is pending to the cache now (the server is shutting down). */
  async flush(): Promise<void> {
    if (this.saveTimer !== undefined) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.unsavedSince = undefined;
      void this.save();
    }
    // A save already under way (the one at the end of a scan) must finish before the process exits.
    await this.saving;
  }

  private save(): Promise<void> {
    const { cache = noCatalogCache, engineHost, log } = this.dependencies;
    this.unsaved = false;
    const records = new Map([...this.indexed].map(([uri, { build: _build, ...record }]) => [uri, record]));
    this.saving = this.saving.then(() => cache.save(engineHost.fingerprintKey, records)).catch((error: unknown) => log.info(`Leaddocs: the catalogue cache could not be written (${String(error)}).`));
    return this.saving;
  }

  /**
   * After the first scan, changes are written to the cache a little after they settle, but a
   * stream of changes (a tool writing files every second) postpones a write by SAVE_AT_MOST_MS
   * at most: the scan's own write comes after it, and a cache never written means a cold start.
   */
  private scheduleSave(): void {
    if (!this.firstScanDone) return;
    const now = Date.now();
    this.unsavedSince ??= now;
    if (this.saveTimer !== undefined) {
      if (now - this.unsavedSince >= SAVE_AT_MOST_MS) return;
      clearTimeout(this.saveTimer);
    }
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.unsavedSince = undefined;
      void this.save();
    }, SAVE_AFTER_MS);
  }

  /** `stamp`: the file's, taken before `text` was read; undefined when none vouches for it. */
  private async index(uri: string, text: string, stamp: string | undefined): Promise<void> {
    await this.dependencies.engineHost.whenReady();
    const hash = contentHash(text);
    const build = this.engineBuild;
    const known = this.indexed.get(uri);
    const stamped = stamp === undefined ? {} : { stamp };
    if (known?.hash === hash && known.build === build) return this.record(uri, { hash, entry: known.entry, ...stamped });
    const entry = await this.dependencies.analyses.catalogEntry(uri, text);
    // A rebuild meanwhile starts a scan of its own; a document opened meanwhile speaks for itself.
    if (build !== this.engineBuild || this.dependencies.isOpen(uri)) return;
    this.record(uri, { hash, entry, ...stamped });
  }

  /**
   * Keeps what a file is now; untyped files are remembered too, so an unchanged one is not
   * analysed again. `cached`: the record is the cache's own, so the cache need not be written.
   */
  private record(uri: string, { hash, stamp, entry }: CachedCatalogRecord, { cached = false } = {}): void {
    const known = this.indexed.get(uri);
    this.indexed.set(uri, { hash, build: this.engineBuild, entry, ...(stamp === undefined ? {} : { stamp }) });
    if (!cached && (known?.hash !== hash || known.stamp !== stamp)) {
      this.unsaved = true;
      this.scheduleSave();
    }
    if (known === undefined ? entry !== null : known.hash !== hash || JSON.stringify(known.entry) !== JSON.stringify(entry)) {
      // A document that stops being one leaves other documents' links to it unresolved.
      if (known?.entry != null && entry === null) this.linksToCheck = 'all';
      else if (this.linksToCheck !== 'all') this.linksToCheck.add(uri);
      this.changed([uri]);
    }
  }

  private changed(uris: readonly string[]): void {
    this.catalogCache = undefined;
    for (const uri of uris) this.pendingChanges.add(uri);
    // A scan changes thousands of entries: every document would be re-checked against every
    // partial catalogue. Listeners hear once it is over (open documents are checked meanwhile
    // by their own validation), and otherwise once per settled burst of changes.
    if (this.notifyScheduled || this.scanning) return;
    this.notifyScheduled = true;
    setTimeout(() => {
      this.notifyScheduled = false;
      const changed = [...this.pendingChanges];
      this.pendingChanges = new Set();
      for (const listener of this.changeListeners) listener(changed);
    }, 20);
  }
}
