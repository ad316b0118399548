import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import type { AnalysisRunner, EngineInputs, JobKind } from '../../server/src/analysis/analysisRunner';
import { InProcessRunner } from '../../server/src/analysis/inProcessRunner';
import { WorkerRunner } from '../../server/src/analysis/node/workerRunner';
import { builtinDocTypes, defaultEngineSettings, type DocumentAnalysis, type DocumentSource } from '../../server/src/engine';
import { silentLogger } from '../../server/src/host/logger';
import { joinLines } from '../support/documentText';
import { loadFixtures } from '../support/fixtureFiles';
import { generatedDocuments, teamTypeWithRequiredKeys } from '../support/generatedDocuments';
import { SPIN_MARKER } from '../support/spinningAnalysisWorker';

const inputs: EngineInputs = { docTypes: [...builtinDocTypes, teamTypeWithRequiredKeys], settings: { ...defaultEngineSettings, rules: { 'section-order': 'error' } } };

/** Worker threads do not inherit the test's TypeScript loader: each one registers it first. */
function tsWorker(file: string) {
  return (workerData: EngineInputs | undefined): Worker => new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true, workerData });
}

const productionWorker = tsWorker(join(__dirname, '..', '..', 'server', 'src', 'analysis', 'node', 'analysisWorker.ts'));
const spinningWorker = tsWorker(join(__dirname, '..', 'support', 'spinningAnalysisWorker.ts'));

function sourcesUnderTest(): DocumentSource[] {
  const fixtures = loadFixtures().map(({ path, text }) => ({ uri: `file:///fixtures/${path}`, path, text }));
  const generated = generatedDocuments().map(({ path, text }) => ({ uri: `file:///generated/${path}`, path, text }));
  return [...fixtures, ...generated];
}

/**
 * The analysis with its one function, the front matter's `rangeAt`, replaced by what it answers
 * for every key and list item, so two analyses compare by what they say.
 */
function comparable(analysis: DocumentAnalysis): unknown {
  const frontMatter = analysis.document.frontMatter;
  if (frontMatter === undefined) return analysis;
  const paths = Object.entries(frontMatter.data).flatMap(([key, value]) => [[key], ...(Array.isArray(value) ? value.map((_, index) => [key, String(index)]) : [])]);
  const { rangeAt, ...data } = frontMatter;
  return { ...analysis, document: { ...analysis.document, frontMatter: { ...data, rangeAt: paths.map((path) => [path, rangeAt(path)]) } } };
}

async function valueOf<Kind extends JobKind>(runner: AnalysisRunner, kind: Kind, source: DocumentSource) {
  const outcome = await runner.run(kind, source, 'open');
  assert.ok(outcome.completed, `${kind} of ${source.uri} was stopped`);
  return outcome.value;
}

describe('analysis in a worker thread', () => {
  let inProcess: InProcessRunner;
  let worker: WorkerRunner;
  before(() => {
    inProcess = new InProcessRunner();
    inProcess.configure(inputs);
    worker = new WorkerRunner({ startWorker: productionWorker, log: silentLogger, budgetMs: 30_000 });
    worker.configure(inputs);
  });
  after(() => {
    inProcess.dispose();
    worker.dispose();
  });

  it('gives results identical to analysis in process, for every fixture and generated document', async () => {
    const sources = sourcesUnderTest();
    assert.ok(sources.length > 50, `only ${sources.length} documents`);
    for (const source of sources) {
      const [here, there] = await Promise.all([valueOf(inProcess, 'analysis', source), valueOf(worker, 'analysis', source)]);
      assert.deepStrictEqual(comparable(there), comparable(here), source.uri);
      assert.equal(there.document.text, source.text);
      assert.equal(there.document.lines.positionAt(source.text.length).line, here.document.lines.lineCount - 1);
    }
  });

  it('gives the same fix-all text and catalogue entries', async () => {
    for (const source of sourcesUnderTest()) {
      assert.equal(await valueOf(worker, 'fixAll', source), await valueOf(inProcess, 'fixAll', source), source.uri);
      assert.deepStrictEqual(await valueOf(worker, 'catalogEntry', source), await valueOf(inProcess, 'catalogEntry', source), source.uri);
    }
  });
});

/** Writes the sources into a fresh folder; returns them with their file URIs, and a way to remove the folder. */
function onDisk(sources: readonly DocumentSource[]): { sources: DocumentSource[]; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'leaddocs-runner-'));
  const written = sources.map((source, index) => {
    const file = join(folder, `${index}-${source.path?.split('/').pop() ?? 'document.md'}`);
    writeFileSync(file, source.text);
    return { ...source, uri: pathToFileURL(file).href };
  });
  return { sources: written, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

describe('the workspace index\'s files, read by the worker', () => {
  let inProcess: InProcessRunner;
  let worker: WorkerRunner;
  const disk = onDisk(sourcesUnderTest());
  before(() => {
    inProcess = new InProcessRunner();
    inProcess.configure(inputs);
    worker = new WorkerRunner({ startWorker: productionWorker, log: silentLogger, budgetMs: 30_000, backgroundWorkers: () => 2 });
    worker.configure(inputs);
  });
  after(() => {
    inProcess.dispose();
    worker.dispose();
    disk.remove();
  });

  it('gives the catalogue entries analysis in process gives, sent in batches to two workers', async () => {
    const answers = await Promise.all(disk.sources.map((source) => worker.catalogFile({ uri: source.uri, ...(source.path === undefined ? {} : { path: source.path }), knownHashes: [] })));
    for (const [index, source] of disk.sources.entries()) {
      const answer = answers[index];
      assert.ok(answer?.completed && !answer.value.known, source.uri);
      assert.deepStrictEqual(answer.value.entry, await valueOf(inProcess, 'catalogEntry', source), source.uri);
    }
  });

  it('only hashes a text it is told is known, and fails a file that cannot be read', async () => {
    const [source] = disk.sources as [DocumentSource];
    const first = await worker.catalogFile({ uri: source.uri, knownHashes: [] });
    assert.ok(first.completed);
    assert.deepStrictEqual(await worker.catalogFile({ uri: source.uri, knownHashes: ['other', first.value.hash] }), { completed: true, value: { hash: first.value.hash, known: true } });
    await assert.rejects(worker.catalogFile({ uri: `${source.uri}.missing`, knownHashes: [] }));
  });

  it('catalogues the text it is sent, when the server\'s thread read it, without reading the file', async () => {
    const [source] = disk.sources as [DocumentSource];
    const place = { uri: `${source.uri}.not-on-disk`, ...(source.path === undefined ? {} : { path: source.path }) };
    const answer = await worker.catalogFile({ ...place, knownHashes: [], text: source.text });
    assert.ok(answer.completed && !answer.value.known);
    assert.deepStrictEqual(answer.value.entry, await valueOf(inProcess, 'catalogEntry', { ...place, text: source.text }));
  });
});

describe('the background\'s workers once the workspace index is read', () => {
  it('start when a scan is announced, before the settings, and serve its first files', async () => {
    const started: Array<EngineInputs | undefined> = [];
    const runner = new WorkerRunner({
      startWorker: (workerData) => {
        started.push(workerData);
        return productionWorker(workerData);
      },
      log: silentLogger,
      budgetMs: 30_000,
    });
    const disk = onDisk(sourcesUnderTest().slice(0, 3));
    try {
      runner.prepare('background');
      runner.prepare('background');
      assert.deepEqual(started, [undefined], 'one worker, started before the engine inputs were known');
      runner.configure(inputs);
      const answers = await Promise.all(disk.sources.map((source) => runner.catalogFile({ uri: source.uri, knownHashes: [] })));
      assert.ok(answers.every((answer) => answer.completed && !answer.value.known));
      assert.equal(started.length, 1, 'the scan used the worker already started');
    } finally {
      runner.dispose();
      disk.remove();
    }
  });

  it('count the cores for the scan when its first files arrive, not when its worker was prepared', async () => {
    const counted: number[] = [];
    const runner = new WorkerRunner({
      startWorker: productionWorker,
      log: silentLogger,
      budgetMs: 30_000,
      backgroundWorkers: () => {
        counted.push(Date.now());
        return 1;
      },
    });
    const disk = onDisk(sourcesUnderTest().slice(0, 2));
    try {
      runner.prepare('background');
      assert.equal(counted.length, 0, 'a window from launch to start-up is too short to measure idle time in');
      runner.configure(inputs);
      await Promise.all(disk.sources.map((source) => runner.catalogFile({ uri: source.uri, knownHashes: [] })));
      assert.equal(counted.length, 1);
    } finally {
      runner.dispose();
      disk.remove();
    }
  });

  it('are not prepared while a document\'s worker is wanted: the scan then waits for its start-up', () => {
    const lanes: Array<EngineInputs | undefined> = [];
    const runner = new WorkerRunner({
      startWorker: (workerData) => {
        lanes.push(workerData);
        return productionWorker(workerData);
      },
      log: silentLogger,
      budgetMs: 30_000,
    });
    try {
      runner.prepare('open');
      const opened = lanes.length;
      runner.prepare('background');
      assert.equal(lanes.length, opened, 'no background worker competes with the document\'s');
    } finally {
      runner.dispose();
    }
  });

  it('go when the background is released, and the next background job starts one again', async () => {
    const started: Worker[] = [];
    const runner = new WorkerRunner({
      startWorker: (workerData) => {
        const thread = productionWorker(workerData);
        started.push(thread);
        return thread;
      },
      log: silentLogger,
      budgetMs: 30_000,
    });
    runner.configure(inputs);
    const disk = onDisk(sourcesUnderTest().slice(0, 1));
    try {
      const [source] = disk.sources as [DocumentSource];
      assert.ok((await runner.catalogFile({ uri: source.uri, knownHashes: [] })).completed);
      assert.equal(started.length, 1);
      const exited = new Promise<boolean>((resolve) => started[0]?.once('exit', () => resolve(true)));
      runner.releaseBackground();
      // Well short of the 30 s an idle background worker is otherwise kept.
      assert.ok(await Promise.race([exited, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000).unref())]), 'the idle background worker was kept');
      assert.ok((await runner.catalogFile({ uri: source.uri, knownHashes: [] })).completed);
      assert.equal(started.length, 2);
    } finally {
      runner.dispose();
      disk.remove();
    }
  });
});

describe('the time budget', () => {
  // Long enough for a cold worker's first analysis on a busy machine, short enough for a test.
  const budgetMs = 1500;
  let runner: WorkerRunner;
  const spinning: DocumentSource = { uri: 'file:///w/docs/decisions/0001-spin.md', path: 'docs/decisions/0001-spin.md', text: joinLines('# 1. Spin', '', '## Status', '', 'Accepted', '', SPIN_MARKER) };
  const normal: DocumentSource = { uri: 'file:///w/docs/decisions/0002-normal.md', path: 'docs/decisions/0002-normal.md', text: joinLines('# 2. Normal', '', '## Status', '', 'Accepted') };

  before(async () => {
    runner = new WorkerRunner({ startWorker: spinningWorker, log: silentLogger, budgetMs });
    runner.configure(inputs);
    // Loading TypeScript in a worker is slow; the first answer means one worker is warm.
    await valueOf(runner, 'analysis', normal);
  });
  after(() => runner.dispose());

  it('stops a job that never ends, and the next job gets a fresh worker', async () => {
    const stopped = await runner.run('analysis', spinning, 'open');
    assert.deepStrictEqual(stopped, { completed: false, stoppedAfterMs: budgetMs });
    const analysis = await valueOf(runner, 'analysis', normal);
    assert.equal(analysis.type, 'adr');
  });

  it('answers an open document while another spins', async () => {
    const spin = runner.run('analysis', spinning, 'open');
    const analysis = await valueOf(runner, 'analysis', normal);
    assert.equal(analysis.type, 'adr');
    assert.equal((await spin).completed, false);
  });

  it('answers open documents while a background job spins', async () => {
    const spin = runner.run('catalogEntry', spinning, 'background');
    for (let index = 0; index < 3; index++) assert.equal((await valueOf(runner, 'analysis', normal)).type, 'adr');
    assert.equal((await spin).completed, false);
  });

  it('stops a file of the workspace index that never ends, and completes the others of its batch', async () => {
    const files = onDisk([normal, spinning, normal, normal]);
    try {
      const outcomes = await Promise.all(files.sources.map((source) => runner.catalogFile({ uri: source.uri, path: source.path ?? '', knownHashes: [] })));
      assert.deepStrictEqual(outcomes[1], { completed: false, stoppedAfterMs: budgetMs });
      for (const index of [0, 2, 3]) {
        const outcome = outcomes[index];
        assert.ok(outcome?.completed && !outcome.value.known && outcome.value.entry?.type === 'adr', `file ${index}`);
      }
    } finally {
      files.remove();
    }
  });

  it('completes the background jobs sent to a worker ahead of one that never ends', async () => {
    const spin = runner.run('catalogEntry', spinning, 'background');
    const after = [1, 2, 3].map(() => runner.run('catalogEntry', normal, 'background'));
    assert.equal((await spin).completed, false);
    for (const outcome of await Promise.all(after)) assert.ok(outcome.completed && outcome.value?.type === 'adr');
  });
});
