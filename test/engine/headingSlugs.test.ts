import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headingSlugs, slugOf } from '../../server/src/engine/workspace/headingSlugs';

describe('heading slugs, as GitHub writes anchors', () => {
  it('lowercases plain words and joins them with hyphens', () => {
    assert.equal(slugOf('Decision Outcome'), 'decision-outcome');
    assert.equal(slugOf('  Pros and Cons of the Options '), 'pros-and-cons-of-the-options');
    assert.equal(slugOf('snake_case and-hyphen'), 'snake_case-and-hyphen');
    assert.equal(slugOf('Two  spaces'), 'two--spaces');
  });

  it('drops punctuation and keeps letters of every script', () => {
    assert.equal(slugOf('Option 2: Use Kafka (recommended)!'), 'option-2-use-kafka-recommended');
    assert.equal(slugOf('Décision retenue'), 'décision-retenue');
    assert.equal(slugOf('決定 の 結果'), '決定-の-結果');
    assert.equal(slugOf('Status\tnow'), 'status-now');
  });

  it('numbers repeated headings', () => {
    assert.deepEqual(headingSlugs(['Option', 'Pros', 'Option', 'Option']), ['option', 'pros', 'option-1', 'option-2']);
  });
});
