import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, lines } from '../support/documents';

const postmortem = (table: string[]): string =>
  lines('---', 'type: postmortem', '---', '# Checkout outage', '', '## Summary', '', 's', '', '## Impact', '', 'i', '', '## Timeline', '', '- 10:02 UTC alert', '', '## Contributing Factors', '', '- f', '', '## Lessons Learned', '', '- l', '', '## Action Items', '', ...table);

describe('action items written as a table', () => {
  it('finds owners in an Owner column', () => {
    const analysis = analyze(postmortem(['| Action | Owner | Due |', '|---|---|---|', '| Add an alert | Ana Lee | 2026-01-15 |', '| Load test | @ben | 2026-02-01 |']), 'incidents/checkout.md');
    assert.equal(analysis.checklist.find((item) => item.id.includes('action'))?.passed, true);
  });

  it('does not take a Status or Priority column for an owner', () => {
    const analysis = analyze(postmortem(['| Action | Priority | Status | Due |', '|---|---|---|---|', '| Add an alert | High | Open | 2026-01-15 |']), 'incidents/checkout.md');
    assert.equal(analysis.checklist.find((item) => item.id.includes('action'))?.passed, false);
  });
});
