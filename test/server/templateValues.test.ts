import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillTemplate, localIsoDate } from '../../server/src/host/newDocument/templateValues';

const TODAY = '2026-11-25';

describe('fillTemplate', () => {
  it('fills title, date and number and leaves template prompts alone', () => {
    const filled = fillTemplate('# {{number}}. {{ title }}\n\nDate: {{date}}\n\n{What forces are at play?} {{unknown}}', { title: 'Use Kafka', date: TODAY, number: 7 });
    assert.equal(filled, '# 7. Use Kafka\n\nDate: 2026-11-25\n\n{What forces are at play?} {{unknown}}');
  });
  it('does not read $ in a title as a replacement pattern', () => {
    assert.equal(fillTemplate('# {{title}}', { title: 'Cut $& costs', date: TODAY, number: 1 }), '# Cut $& costs');
  });
});

describe('localIsoDate', () => {
  it('pads month and day', () => assert.equal(localIsoDate(new Date(2026, 0, 5)), '2026-01-05'));
});
