import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, lines } from '../support/documents';

function statusOf(written: string): { value: string | null; target: string | null } {
  const analysis = analyze(lines('---', `status: "${written}"`, '---', '# T'));
  return { value: analysis.status?.value ?? null, target: analysis.status?.target ?? null };
}

describe('status normalisation', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['Accepted', 'accepted', null],
    ['accepted', 'accepted', null],
    ['**Accepted**', 'accepted', null],
    ['ACCEPTED.', 'accepted', null],
    ['Approved', 'accepted', null],
    ['PROPOSED', 'proposed', null],
    ['Draft', 'proposed', null],
    ['Pending', 'proposed', null],
    ['In Review', 'proposed', null],
    ['Rejected', 'rejected', null],
    ['Declined', 'rejected', null],
    ['Deprecated', 'deprecated', null],
    ['Implemented', 'implemented', null],
    ['Superseded by ADR-0057', 'superseded', 'ADR-0057'],
    ['Superseded by [Use Kafka](0015-use-kafka.md)', 'superseded', '0015-use-kafka.md'],
    ['Superceded by ADR 12', 'superseded', 'ADR-12'],
    ['Rejected in favour of ADR 111', 'rejected', 'ADR-111'],
    ['Partly superseded by ADR-3', 'superseded', 'ADR-3'],
    ['Bananas', null, null],
    ['Accepted ([#123](https://git.example.com/pull/123))', 'accepted', null],
    ['Accepted by the architecture board', 'accepted', null],
    ['Rejected with reasons', 'rejected', 'reasons'],
    ['Proposed (to be decided by 2024-05)', 'proposed', null],
    ['Superseded by: ADR-0057', 'superseded', 'ADR-0057'],
    ['✅ Accepted', 'accepted', null],
    ['❌ Rejected', 'rejected', null],
    ['🤔 Proposed', 'proposed', null],
    ['⌛️ Superseded [0019](0019-x.md)', 'superseded', '0019'],
    ['Accepted ✅', 'accepted', null],
    ['• Draft', 'proposed', null],
    ['[Accepted]', 'accepted', null],
    ['Accepted. Tracking issue: #2803', 'accepted', null],
    ['Accepted (2024-03-01)', 'accepted', null],
    ['Accepted - 2024-03-01', 'accepted', null],
    ['Partially accepted', 'accepted', null],
    ['Partially Implemented', 'implemented', null],
    ['Agreed', 'accepted', null],
    ['Decided. Open to revisiting next year.', 'accepted', null],
    ['Open', 'proposed', null],
    ['RFC', 'proposed', null],
    ['Withdrawn', 'rejected', null],
    ['Obsolete', 'deprecated', null],
    ['Retired', 'deprecated', null],
    ['Acceptedly', null, null],
    ['Superseded (as never implemented) by [ADR 32](/adr/32)', 'superseded', '/adr/32'],
    ['🤔 Incomplete', 'proposed', null],
  ];
  for (const [written, value, target] of cases) {
    it(`${written} → ${String(value)}${target === null ? '' : ` (${target})`}`, () => {
      assert.deepEqual(statusOf(written), { value, target });
    });
  }

  it('reads the status from a table row', () => {
    const analysis = analyze(lines('# ADR 001: Use X', '', '| Status | Approved |', '|---|---|', '| Date | 2020-01-01 |', '', '## Context', '', 'c'));
    assert.equal(analysis.status?.value, 'accepted');
    assert.deepEqual(analysis.status?.range.start, { line: 2, character: 11 });
    assert.equal(analysis.title?.number, 1);
  });

  it('reads a linked status in a table row with its exact range', () => {
    const analysis = analyze(lines('# ADR-12 Use Kafka', '', '| Status | Superseded by [ADR-13](0013-use-pulsar.md) |', '|---|---|', '', '## Context', '', 'c'));
    assert.equal(analysis.status?.value, 'superseded');
    assert.equal(analysis.status?.target, '0013-use-pulsar.md');
    assert.deepEqual(analysis.status?.range, { start: { line: 2, character: 11 }, end: { line: 2, character: 53 } });
  });

  it('reads the Status column of a table in the Status section, not its header', () => {
    const analysis = analyze(lines('# 4. T', '', '## Status', '', '| Date | Status |', '|---|---|', '| 2024-01-02 | Accepted |', '', '## Context', '', 'c', '## Decision', '', 'd', '## Consequences', '', 'e'));
    assert.equal(analysis.status?.value, 'accepted');
    assert.deepEqual(analysis.status?.range, { start: { line: 6, character: 15 }, end: { line: 6, character: 23 } });
  });

  it('reads a status written into a heading', () => {
    const analysis = analyze(lines('# T', '', '## Status: Accepted', '', '## Context and Problem Statement', '', 'c'));
    assert.equal(analysis.status?.value, 'accepted');
    assert.deepEqual(analysis.status?.range, { start: { line: 2, character: 11 }, end: { line: 2, character: 19 } });
  });

  it('reads the first meaningful line of a Status section', () => {
    const analysis = analyze(lines('# 3. T', '', '## Status', '', '<!-- note -->', '', '**Accepted**', '', '## Context', '', 'c', '## Decision', '', 'd', '## Consequences', '', 'e'));
    assert.equal(analysis.status?.value, 'accepted');
    assert.equal(analysis.status?.range.start.line, 6);
  });

  it('reads a Status section that the closest layout does not have (MADR headings, Nygard status)', () => {
    const analysis = analyze(lines('# 31. Adopt htmx', '', '## Status', '', 'Approved', '', '## Context', '', 'c', '', '### Decision Drivers', '', '* d', '', '## Considered Options', '', '* a'));
    assert.equal(analysis.status?.value, 'accepted');
  });

  it('reads a status written as a list item under its heading', () => {
    const analysis = analyze(lines('# 3. T', '', '## Status', '', '* ✅ Accepted', '', '## Context', '', 'c'));
    assert.deepEqual([analysis.status?.value, analysis.status?.raw], ['accepted', '✅ Accepted']);
  });

  it('warns about an unknown status and names the known ones', () => {
    const analysis = analyze(lines('---', 'status: bananas', '---', '# T'));
    const finding = analysis.findings.find((f) => f.code === 'unknown-status');
    assert.equal(finding?.severity, 'warning');
    assert.match(finding?.message ?? '', /proposed, accepted, rejected, deprecated, superseded, implemented/);
    assert.deepEqual(finding?.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 15 } });
  });
});
