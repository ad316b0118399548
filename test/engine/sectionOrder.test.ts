import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, codes, lines } from '../support/documents';

describe('section order', () => {
  it('flags a section that comes before one the layout puts earlier', () => {
    const analysis = analyze(lines('# T', '', '## Decision Outcome', '', 'Chosen option: "A", because.', '', '## Context and Problem Statement', '', 'c', '', '## Considered Options', '', '- A', '- B'));
    assert.deepEqual(codes(analysis).filter((c) => c.startsWith('section-order')), ['section-order@2']);
    assert.match(analysis.findings.find((f) => f.code === 'section-order')?.message ?? '', /'Decision Outcome' should come after 'Considered Options'/);
  });

  it('accepts the follow-up phrasings people actually write', () => {
    for (const sentence of ['We will review cost after two quarters.', 'Revisit in Q3.', 'Follow-up: check error budgets monthly.', 'Review open flags monthly.']) {
      const analysis = analyze(lines('# T', '', '## Context and Problem Statement', '', 'c', '', '## Considered Options', '', '- A', '- B', '', '## Decision Outcome', '', 'Chosen option: "A", because it is cheap.', '', '## More Information', '', sentence));
      assert.equal(analysis.checklist.find((item) => item.id === 'adr-follow-up')?.passed, true, sentence);
    }
  });
});
