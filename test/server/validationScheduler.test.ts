import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import type { Logger } from '../../server/src/lsp/logger';
import { ValidationScheduler } from '../../server/src/lsp/validationScheduler';

const errors: string[] = [];
const log: Logger = { info: () => undefined, warn: () => undefined, error: (message) => errors.push(message), trace: () => undefined };

function schedulerRecording(delay = 300, validate: (uri: string) => Promise<void> = async () => undefined) {
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
});
