import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CataloguedFile, FileToCatalog, JobOutcome, JobPriority } from '../../server/src/analysis/analysisRunner';
import { InProcessRunner } from '../../server/src/analysis/inProcessRunner';
import { contentHash, type CachedCatalogRecord, type CatalogCache } from '../../server/src/host/catalogCache';
import { EngineHost } from '../../server/src/host/engineHost';
import { silentLogger, type Logger } from '../../server/src/host/logger';
import type { WorkspaceFiles } from '../../server/src/host/workspaceFiles';
import { WorkspaceFolders } from '../../server/src/host/workspaceFolders';
import { DocumentAnalyses } from '../../server/src/lsp/documentAnalyses';
import { createOpenDocuments } from '../../server/src/lsp/documents';
import { WorkspaceIndex } from '../../server/src/lsp/workspaceIndex';
import { parseSettings } from '../../server/src/settings/parseSettings';
import { lines } from '../support/documents';
import { memoryFiles } from '../support/memoryFiles';

const ROOT = 'file:///w';

/** A workspace on a pretend disk: texts, a stamp per file, and a count of the files read. */
class StampedDisk {
  readonly texts: Record<string, string> = {};
  readonly stamps: Record<string, string> = {};
  reads = 0;

  write(path: string, text: string, stamp: string): void {
    this.texts[`${ROOT}/${path}`] = text;
    this.stamps[`${ROOT}/${path}`] = stamp;
  }

  files(withStamps: boolean): WorkspaceFiles {
    const inMemory = memoryFiles(this.texts);
    const readText = (uri: string): Promise<string> => {
      this.reads++;
      return inMemory.readText(uri);
    };
    return withStamps ? { ...inMemory, readText, stamp: async (uri) => this.stamps[uri] } : { ...inMemory, readText };
  }
}

/** The catalogue cache in memory, counting what is written to it. */
class MemoryCache implements CatalogCache {
  records = new Map<string, CachedCatalogRecord>();
  saves = 0;

  async load(): Promise<ReadonlyMap<string, CachedCatalogRecord>> {
    return new Map(this.records);
  }

  async isEmpty(): Promise<boolean> {
    return this.saves === 0;
  }

  async save(_engine: string, records: ReadonlyMap<string, CachedCatalogRecord>): Promise<void> {
    this.saves++;
    this.records = new Map(records);
  }
}

/**
 * A runner that reads the files it catalogues, as worker threads do, and answers them in another
 * order than asked, as several workers would: each after a pseudo-random delay.
 */
class ReadingRunner extends InProcessRunner {
  readonly catalogued: string[] = [];
  private seed = 7;

  constructor(private readonly disk: StampedDisk) {
    super();
  }

  async catalogFile({ knownHashes, ...place }: FileToCatalog): Promise<JobOutcome<CataloguedFile>> {
    const text = this.disk.texts[place.uri];
    if (text === undefined) throw new Error('no such file');
    this.seed = (this.seed * 48271) % 2147483647;
    await new Promise((resolve) => setTimeout(resolve, this.seed % 7));
    this.catalogued.push(place.uri);
    const hash = contentHash(text);
    if (knownHashes.includes(hash)) return { completed: true, value: { hash, known: true } };
    const outcome = await this.run('catalogEntry', { ...place, text }, 'background');
    return outcome.completed ? { completed: true, value: { hash, known: false, entry: outcome.value } } : outcome;
  }
}

/** Starts an index over the disk as a server would, scans it, and says what the scan did. */
async function scanOnce(disk: StampedDisk, cache: CatalogCache, withStamps = true, runner = new InProcessRunner()): Promise<{ analysed: number; reads: number; index: WorkspaceIndex }> {
  const files = disk.files(withStamps);
  const folders = new WorkspaceFolders();
  folders.replace([{ uri: ROOT, name: 'w' }]);
  const said: string[] = [];
  const log: Logger = { ...silentLogger, info: (message) => said.push(message) };
  const engineHost = new EngineHost({ files, folders, log, runner, warnUser: () => undefined });
  const analyses = new DocumentAnalyses({ documents: createOpenDocuments(), engineHost, runner, files, folders, log });
  const index = new WorkspaceIndex({ engineHost, analyses, files, folders, log, isOpen: () => false, cache });
  const readsBefore = disk.reads;
  // Building the engine starts the first scan; the test waits for it like the decision log request does.
  await engineHost.configure(async () => parseSettings({}).settings);
  await index.whenScanned();
  await index.flush();
  runner.dispose();
  const line = said.find((message) => message.includes('indexed'));
  const analysed = Number(/\((\d+) analysed/.exec(line ?? '')?.[1]);
  return { analysed, reads: disk.reads - readsBefore, index };
}

const adr = (title: string, status: string): string => lines(`# ${title}`, '', '## Status', '', status, '', '## Context', '', 'Why.', '', '## Decision', '', 'What.', '', '## Consequences', '', 'Then.');

/** Counts what the index announces before its first scan. */
class AnnouncedRunner extends InProcessRunner {
  readonly prepared: Array<JobPriority | undefined> = [];

  override prepare(priority?: JobPriority): void {
    this.prepared.push(priority);
  }
}

/** What an index announces when the server is initialized, before any settings. */
async function announcedAtStart(disk: StampedDisk, cache: CatalogCache): Promise<Array<JobPriority | undefined>> {
  const runner = new AnnouncedRunner();
  const files = disk.files(true);
  const folders = new WorkspaceFolders();
  folders.replace([{ uri: ROOT, name: 'w' }]);
  const engineHost = new EngineHost({ files, folders, log: silentLogger, runner, warnUser: () => undefined });
  const analyses = new DocumentAnalyses({ documents: createOpenDocuments(), engineHost, runner, files, folders, log: silentLogger });
  await new WorkspaceIndex({ engineHost, analyses, files, folders, log: silentLogger, isOpen: () => false, cache }).prepare();
  runner.dispose();
  return runner.prepared;
}

describe('the workspace index before its first scan', () => {
  it('has the background started at once when the cache holds nothing for the workspace, and not when it does', async () => {
    const disk = new StampedDisk();
    disk.write('docs/adr/0001-use-a.md', adr('1. Use A', 'Accepted'), 's1');
    const cache = new MemoryCache();
    assert.deepEqual(await announcedAtStart(disk, cache), ['background']);
    await scanOnce(disk, cache);
    assert.deepEqual(await announcedAtStart(disk, cache), [], 'a warm start starts no worker');
  });
});

describe('the workspace index\'s cache', () => {
  it('is written while changes go on, at most five seconds after the first of them', async (t) => {
    const disk = new StampedDisk();
    for (let n = 1; n <= 10; n++) disk.write(`doc/adr/${String(n).padStart(4, '0')}-x.md`, adr(`${n}. Decision ${n}`, 'Accepted'), `s${n}`);
    const cache = new MemoryCache();
    const { index } = await scanOnce(disk, cache);
    const savedAfterScan = cache.saves;
    t.mock.timers.enable({ apis: ['setTimeout', 'Date'] });
    // A change every 900 ms: never a settled second, as with a tool that keeps writing files.
    for (let n = 1; n <= 8; n++) {
      index.remove(`${ROOT}/doc/adr/${String(n).padStart(4, '0')}-x.md`);
      t.mock.timers.tick(900);
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.ok(cache.saves > savedAfterScan, 'written although no second passed without a change');
  });
});

describe('the workspace index on a warm start', () => {
  it('reads no file whose stamp is unchanged, and writes no cache when nothing changed', async () => {
    const disk = new StampedDisk();
    disk.write('docs/adr/0001-use-a.md', adr('1. Use A', 'Accepted'), 's1');
    disk.write('docs/adr/0002-use-b.md', adr('2. Use B', 'Proposed'), 's2');
    disk.write('notes.md', '# Notes\n', 's3');
    const cache = new MemoryCache();
    const cold = await scanOnce(disk, cache);
    assert.deepEqual([cold.analysed, cold.reads, cache.saves], [3, 3, 1]);

    const warm = await scanOnce(disk, cache);
    assert.deepEqual([warm.analysed, warm.reads, cache.saves], [0, 0, 1]);
    assert.deepEqual(
      warm.index.catalog().entries.map((entry) => [entry.number, entry.status?.value]),
      cold.index.catalog().entries.map((entry) => [entry.number, entry.status?.value]),
    );
  });

  it('reads a file whose stamp changed, and analyses it only when its text changed too', async () => {
    const disk = new StampedDisk();
    disk.write('docs/adr/0001-use-a.md', adr('1. Use A', 'Accepted'), 's1');
    disk.write('docs/adr/0002-use-b.md', adr('2. Use B', 'Proposed'), 's2');
    const cache = new MemoryCache();
    await scanOnce(disk, cache);

    disk.write('docs/adr/0001-use-a.md', adr('1. Use A', 'Accepted'), 's1-touched');
    disk.write('docs/adr/0002-use-b.md', adr('2. Use B', 'Rejected'), 's2-edited');
    const warm = await scanOnce(disk, cache);
    assert.deepEqual([warm.analysed, warm.reads], [1, 2]);
    assert.equal(warm.index.catalog().decision(2)?.status?.value, 'rejected');
    // The new stamps are kept, so the next start reads nothing again.
    assert.deepEqual((await scanOnce(disk, cache)).reads, 0);
  });

  it('hashes every file when the host has no stamps, and still analyses none that is unchanged', async () => {
    const disk = new StampedDisk();
    disk.write('docs/adr/0001-use-a.md', adr('1. Use A', 'Accepted'), 's1');
    const cache = new MemoryCache();
    await scanOnce(disk, cache, false);
    const warm = await scanOnce(disk, cache, false);
    assert.deepEqual([warm.analysed, warm.reads, cache.saves], [0, 1, 1]);
  });
});

describe('the workspace index with a runner that reads files', () => {
  const disk = new StampedDisk();
  for (let number = 1; number <= 40; number++) {
    const padded = String(number).padStart(4, '0');
    // Two folders number their decisions alike, so which of two is found first matters.
    disk.write(`docs/adr/${padded}-use-${number}.md`, adr(`${number}. Use ${number}`, number % 3 === 0 ? 'Accepted' : 'Proposed'), `s${number}`);
    disk.write(`team/adr/${padded}-keep-${number}.md`, adr(`${number}. Keep ${number}`, 'Accepted'), `t${number}`);
  }

  it('holds the same catalogue, in the same order, whatever order the files are answered in', async () => {
    const here = await scanOnce(disk, new MemoryCache());
    const runner = new ReadingRunner(disk);
    const reading = await scanOnce(disk, new MemoryCache(), true, runner);
    assert.notDeepEqual(runner.catalogued, Object.keys(disk.texts), 'the runner answered in the order asked: the test proves nothing');
    assert.equal(reading.reads, 0, 'the server thread read files the runner reads');
    assert.equal(reading.analysed, 80);
    assert.deepStrictEqual(reading.index.catalog().entries, here.index.catalog().entries);
    assert.equal(reading.index.catalog().decision(7)?.uri, here.index.catalog().decision(7)?.uri);
  });

  it('analyses no file whose text it knows, even under a new stamp', async () => {
    const cache = new MemoryCache();
    await scanOnce(disk, cache, true, new ReadingRunner(disk));
    const touched = new StampedDisk();
    for (const [uri, text] of Object.entries(disk.texts)) touched.write(uri.slice(ROOT.length + 1), text, `${disk.stamps[uri]}-touched`);
    const warm = await scanOnce(touched, cache, true, new ReadingRunner(touched));
    assert.deepEqual([warm.analysed, warm.reads], [0, 0]);
    assert.equal(warm.index.catalog().entries.length, 80);
  });
});
