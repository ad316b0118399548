import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyseInWorkers } from '../../server/src/cli/analysisPool';
import { defaultEngineSettings } from '../../server/src/engine';

/**
 * A stand-in worker with the real protocol: it answers each task with the file's name as its
 * type, never answers for a file named `hang`, and dies on one named `crash`.
 */
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (task) => {
  if (task.file.endsWith('hang.md')) for (;;);
  if (task.file.endsWith('crash.md')) throw new Error('boom');
  parentPort.postMessage({ id: task.id, type: task.file, findings: [] });
});
parentPort.postMessage({ ready: true });
`;

describe('analysis pool', () => {
  let folder: string;
  let workerScript: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'leaddocs-pool-'));
    workerScript = join(folder, 'worker.cjs');
    writeFileSync(workerScript, FAKE_WORKER);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const tasks = (names: readonly string[]): Array<{ file: string; path: undefined; workspacePath: undefined; fix: false }> => names.map((name) => ({ file: `/w/${name}`, path: undefined, workspacePath: undefined, fix: false }));
  const options = (jobs: number, budgetMs = 2000): Parameters<typeof analyseInWorkers>[1] => ({ workerScript, recipe: { customDocTypes: [], settings: defaultEngineSettings }, jobs, budgetMs });

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

  it('settles at once when there is nothing to check', async () => {
    assert.deepEqual(await analyseInWorkers([], options(4)), []);
  });
});
