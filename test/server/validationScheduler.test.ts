import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import type { Logger } from '../../server/src/lsp/logger';
import { adaptiveDelay, QUICK_DELAY_MS, SLOWEST_ADAPTIVE_DELAY_MS, ValidationScheduler } from '../../server/src/lsp/validationScheduler';

const errors: string[] = [];
const log: Logger = { info: () => undefined, warn: () => undefined, error: (message) => errors.push(message), trace: () => undefined };

function schedulerRecording(delay: number | undefined, validate: (uri: string) => Promise<number | undefined> = async () => undefined) {
  const runs: string[] = [];
  const scheduler = new ValidationScheduler({ delay: () => delay, log, validate: (uri) => (runs.push(uri), validate(uri)) });
  return { scheduler, runs };
}

describe('ValidationScheduler', () => {
  beforeEach(() => {
    errors.length = 0;
    mock.timers.enable({ apis: ['setTimeout'] });
  });
  afterEach(() => mock.timers.reset());

  it('validates at once on open, and once after a burst of edits goes quiet', () => {
    const { scheduler, runs } = schedulerRecording(300);
    scheduler.now('a.md');
    assert.deepEqual(runs, ['a.md']);

    for (let edit = 0; edit < 5; edit++) {
      scheduler.afterEdit('a.md');
      mock.timers.tick(299);
    }
    assert.deepEqual(runs, ['a.md'], 'each edit restarts the wait');
    mock.timers.tick(1);
    assert.deepEqual(runs, ['a.md', 'a.md']);
  });

  it('debounces each document on its own', () => {
    const { scheduler, runs } = schedulerRecording(100);
    scheduler.afterEdit('a.md');
    mock.timers.tick(60);
    scheduler.afterEdit('b.md');
    mock.timers.tick(40);
    assert.deepEqual(runs, ['a.md']);
    mock.timers.tick(60);
    assert.deepEqual(runs, ['a.md', 'b.md']);
  });

  it('never validates a document again after it is cancelled (closed)', () => {
    const { scheduler, runs } = schedulerRecording(100);
    scheduler.afterEdit('a.md');
    scheduler.cancel('a.md');
    mock.timers.tick(1000);
    assert.deepEqual(runs, []);
  });

  it('logs a failed validation instead of letting it escape', async () => {
    const { scheduler } = schedulerRecording(0, () => Promise.reject(new Error('engine exploded')));
    scheduler.now('a.md');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', /a\.md/);
  });

  it('adapts the delay when none is chosen: short after a quick check, longer after a slow one', async () => {
    let cost = 10;
    const { scheduler, runs } = schedulerRecording(undefined, async () => cost);
    scheduler.afterEdit('a.md');
    mock.timers.tick(QUICK_DELAY_MS - 1);
    assert.deepEqual(runs, [], 'nothing known yet: the short pause');
    mock.timers.tick(1);
    assert.deepEqual(runs, ['a.md']);
    await new Promise((resolve) => setImmediate(resolve));

    cost = 400;
    scheduler.afterEdit('a.md');
    mock.timers.tick(QUICK_DELAY_MS);
    assert.equal(runs.length, 2, 'a 10 ms check is re-run after the short pause');
    await new Promise((resolve) => setImmediate(resolve));
    scheduler.afterEdit('a.md');
    mock.timers.tick(QUICK_DELAY_MS);
    assert.equal(runs.length, 2, 'the 400 ms check made the next wait longer');
    await new Promise((resolve) => setImmediate(resolve));
    mock.timers.tick(400 - QUICK_DELAY_MS);
    assert.equal(runs.length, 3);
  });

  it('keeps a delay the user chose, however quick the checks', async () => {
    const { scheduler, runs } = schedulerRecording(300, async () => 1);
    scheduler.now('a.md');
    await new Promise((resolve) => setImmediate(resolve));
    scheduler.afterEdit('a.md');
    mock.timers.tick(299);
    assert.equal(runs.length, 1);
    mock.timers.tick(1);
    assert.equal(runs.length, 2);
  });

  it('forgets what a closed document cost', async () => {
    const { scheduler, runs } = schedulerRecording(undefined, async () => 900);
    scheduler.now('a.md');
    await new Promise((resolve) => setImmediate(resolve));
    scheduler.cancel('a.md');
    scheduler.afterEdit('a.md');
    mock.timers.tick(QUICK_DELAY_MS);
    assert.equal(runs.length, 2);
  });
});

describe('adaptiveDelay', () => {
  it('waits as long as the last check took, between the short pause and its ceiling', () => {
    const table: Array<[number | undefined, number]> = [
      [undefined, QUICK_DELAY_MS],
      [0, QUICK_DELAY_MS],
      [20, QUICK_DELAY_MS],
      [80.4, 80],
      [300, 300],
      [2000, SLOWEST_ADAPTIVE_DELAY_MS],
    ];
    for (const [cost, delay] of table) assert.equal(adaptiveDelay(cost), delay, `after a ${String(cost)} ms check`);
  });
});
