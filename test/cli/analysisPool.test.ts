import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { analyseInWorkers } from '../../server/src/cli/analysisPool';
import type { EngineRecipe } from '../../server/src/cli/cliWorkspace';
import { defaultEngineSettings } from '../../server/src/engine';

describe('analysis pool', () => {
  // Worker threads do not inherit tsx's loader: the stand-in is bundled, with the real serveTasks.
  let folder: string;
  let workerScript: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'leaddocs-pool-'));
    workerScript = join(folder, 'worker.cjs');
    buildSync({ entryPoints: [fileURLToPath(new URL('./fixtures/fakeAnalysisWorker.ts', import.meta.url))], bundle: true, platform: 'node', format: 'cjs', outfile: workerScript, logLevel: 'error' });
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const tasks = (names: readonly string[]): Array<{ file: string; path: undefined; workspacePath: undefined; fix: false }> => names.map((name) => ({ file: `/w/${name}`, path: undefined, workspacePath: undefined, fix: false }));
  const options = (jobs: number, budgetMs = 2000): Parameters<typeof analyseInWorkers>[1] => ({ workerScript, recipe: { customDocTypes: [], settings: defaultEngineSettings }, workers: { wanted: jobs, filesPerWorker: 1 }, budgetMs });

  it('returns outcomes in task order whatever the number of workers', async () => {
    const names = Array.from({ length: 40 }, (_, index) => `${index}.md`);
    for (const jobs of [1, 3]) {
      const outcomes = await analyseInWorkers(tasks(names), options(jobs));
      assert.deepEqual(
        outcomes.map((outcome) => ('type' in outcome ? outcome.type : outcome.problem)),
        names.map((name) => `/w/${name}`),
      );
    }
  });

  it('a file over its time budget, or one whose worker dies, costs only itself', async () => {
    const settled: number[] = [];
    const started = Date.now();
    const outcomes = await analyseInWorkers(tasks(['a.md', 'hang.md', 'b.md', 'crash.md', 'c.md']), { ...options(2, 300), onSettled: (count) => settled.push(count) });
    assert.ok(Date.now() - started < 30_000, 'the hung worker was ended');
    assert.deepEqual(
      outcomes.map((outcome) => ('type' in outcome ? 'checked' : outcome.problem)),
      ['checked', 'not checked: it took longer than 0.3 s, the time budget of one file.', 'checked', 'could not be checked: boom.', 'checked'],
    );
    assert.deepEqual(settled, [1, 2, 3, 4, 5]);
  });

  it('starts before the files and the recipe are known, and stops its worker when they cannot be', async () => {
    const later = <T>(value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), 50));
    const names = Array.from({ length: 60 }, (_, index) => `${index}.md`);
    const outcomes = await analyseInWorkers(later(tasks(names)), { ...options(2), recipe: later(options(2).recipe as EngineRecipe) });
    assert.deepEqual(
      outcomes.map((outcome) => ('type' in outcome ? outcome.type : outcome.problem)),
      names.map((name) => `/w/${name}`),
    );
    // A rejected walk ends the run with its error; the worker started early does not keep the process alive.
    await assert.rejects(analyseInWorkers(Promise.reject(new Error('no such folder')), options(1)), /no such folder/);
    // Nor do the workers wanted when their number is known only after the walk failed.
    await assert.rejects(analyseInWorkers(Promise.reject(new Error('no such folder')), { ...options(1), workers: { wanted: later(3), filesPerWorker: 1 } }), /no such folder/);
  });

  it('starts the workers wanted before the files are known, and ends unused the ones too few files need', async () => {
    const workersThatAnswered = (outcomes: readonly unknown[]): number => new Set(outcomes.map((outcome) => (outcome as { worker: number }).worker)).size;
    const names = (count: number): string[] => Array.from({ length: count }, (_, index) => `${index}.md`);
    const run = (count: number) => analyseInWorkers(Promise.resolve(tasks(names(count))), { ...options(1), workers: { wanted: Promise.resolve(3), filesPerWorker: 20 } });
    assert.equal(workersThatAnswered(await run(200)), 3);
    assert.equal(workersThatAnswered(await run(30)), 2, 'two workers for 30 files at 20 files a worker');
    assert.equal(workersThatAnswered(await run(5)), 1);
  });

  it('charges each file, not the run, when workers fail before the files are known', async () => {
    const later = <T>(value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), 300));
    const broken = { customDocTypes: [], settings: { ...defaultEngineSettings, passMark: -1 } };
    const outcomes = await analyseInWorkers(later(tasks(['a.md', 'b.md'])), { ...options(2), recipe: broken, workers: { wanted: 2, filesPerWorker: 1 } });
    assert.deepEqual(
      outcomes.map((outcome) => ('problem' in outcome ? outcome.problem : 'checked')),
      ['could not be checked: no engine.', 'could not be checked: no engine.'],
    );
  });

  it('stops starting workers that never get ready, and gives every file the reason', async () => {
    const starts = join(folder, 'starts');
    writeFileSync(starts, '');
    process.env['LEADDOCS_FAKE_WORKER_STARTS'] = starts;
    try {
      const broken = { customDocTypes: [], settings: { ...defaultEngineSettings, passMark: -1 } };
      const names = Array.from({ length: 40 }, (_, index) => `${index}.md`);
      const outcomes = await analyseInWorkers(tasks(names), { ...options(1), recipe: broken });
      assert.deepEqual(new Set(outcomes.map((outcome) => ('problem' in outcome ? outcome.problem : 'checked'))), new Set(['could not be checked: no engine.']));
      assert.equal(outcomes.length, 40);
      assert.equal(readFileSync(starts, 'utf8').length, 2, 'two workers tried, not one per file');
    } finally {
      delete process.env['LEADDOCS_FAKE_WORKER_STARTS'];
    }
  });

  it('settles at once when there is nothing to check', async () => {
    assert.deepEqual(await analyseInWorkers([], options(4)), []);
  });
});
