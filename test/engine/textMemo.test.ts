import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textMemo } from '../../server/src/engine/text/textMemo';

describe('textMemo, for pure functions of short texts that repeat across documents', () => {
  it('answers as the function does, working each text out once', () => {
    const asked: string[] = [];
    const upper = textMemo((text) => {
      asked.push(text);
      return text.toUpperCase();
    });
    assert.deepEqual(['Context', 'Decision', 'Context', 'Context'].map(upper), ['CONTEXT', 'DECISION', 'CONTEXT', 'CONTEXT']);
    assert.deepEqual(asked, ['Context', 'Decision']);
  });

  it('keeps no text longer than it is told, and starts again past its limit', () => {
    const asked: string[] = [];
    const same = textMemo(
      (text) => {
        asked.push(text);
        return text;
      },
      2,
      5,
    );
    same('a long heading');
    same('a long heading');
    assert.deepEqual(asked, ['a long heading', 'a long heading']);
    asked.length = 0;
    for (const text of ['a', 'b', 'c', 'a']) same(text);
    // 'c' found the memo full and started it again, so 'a' is worked out a second time.
    assert.deepEqual(asked, ['a', 'b', 'c', 'a']);
  });
});
