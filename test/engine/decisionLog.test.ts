import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DECISION_LOG_END, DECISION_LOG_START, renderDecisionLog } from '../../server/src/engine';
import { lines } from '../support/documents';
import { InMemoryWorkspace } from '../support/inMemoryWorkspace';

function madr(title: string, status: string, date: string): string {
  return lines('---', `status: ${status}`, `date: ${date}`, '---', '', `# ${title}`, '', '## Context and Problem Statement', '', 'Why.', '', '## Considered Options', '', '* A', '', '## Decision Outcome', '', 'Chosen option: "A".');
}

const decisions = new InMemoryWorkspace({
  'docs/decisions/0002-use-mysql.md': madr('Use MySQL', 'superseded by ADR-0003', '2024-01-10'),
  'docs/decisions/0001-record-decisions.md': madr('Record decisions', 'accepted', '2024-01-01'),
  'docs/decisions/0003-use-postgres.md': madr('Use Postgres | v16', 'accepted', '2024-06-01'),
  'docs/decisions/0004-use-kafka.md': madr('Use Kafka', 'proposed', '2025-01-01'),
  'other/adr/0001-elsewhere.md': madr('Elsewhere', 'accepted', '2024-01-01'),
});

describe('the generated decision log', () => {
  it('lists every ADR of its folder by number, with status, date and successor, as a table for MADR', () => {
    const log = renderDecisionLog(decisions.catalog(), { logPath: 'docs/decisions/README.md', order: 'number' }, undefined);
    assert.equal(
      log,
      lines(
        '# Decision log',
        '',
        DECISION_LOG_START,
        '| # | Decision | Status | Date | Superseded by |',
        '|---|---|---|---|---|',
        '| 1 | [Record decisions](0001-record-decisions.md) | accepted | 2024-01-01 |  |',
        '| 2 | [Use MySQL](0002-use-mysql.md) | superseded | 2024-01-10 | [ADR-0003](0003-use-postgres.md) |',
        '| 3 | [Use Postgres \\| v16](0003-use-postgres.md) | accepted | 2024-06-01 |  |',
        '| 4 | [Use Kafka](0004-use-kafka.md) | proposed | 2025-01-01 |  |',
        DECISION_LOG_END,
      ),
    );
  });

  it('groups by status, what is in force first', () => {
    const log = renderDecisionLog(decisions.catalog(), { logPath: 'docs/decisions/README.md', order: 'status' }, undefined);
    const headings = log.split('\n').filter((line) => line.startsWith('### '));
    assert.deepEqual(headings, ['### Accepted', '### Proposed', '### Superseded']);
  });

  it('keeps the team\'s text around the markers, and running it twice changes nothing', () => {
    const existing = lines('# Our decisions', '', 'Read these first.', '', DECISION_LOG_START, 'stale', DECISION_LOG_END, '', 'Footer.');
    const once = renderDecisionLog(decisions.catalog(), { logPath: 'docs/decisions/README.md', order: 'number' }, existing);
    assert.ok(once.startsWith(lines('# Our decisions', '', 'Read these first.', '', DECISION_LOG_START)));
    assert.ok(once.endsWith(lines(DECISION_LOG_END, '', 'Footer.')));
    assert.ok(!once.includes('stale'));
    assert.equal(renderDecisionLog(decisions.catalog(), { logPath: 'docs/decisions/README.md', order: 'number' }, once), once);
  });

  it('writes adr-tools logs as the list adr-tools writes', () => {
    const nygard = (n: number, title: string, status: string): string => lines(`# ${n}. ${title}`, '', 'Date: 2024-01-01', '', '## Status', '', status, '', '## Context', '', 'Why.', '', '## Decision', '', 'What.', '', '## Consequences', '', 'Then.');
    const workspace = new InMemoryWorkspace({ 'doc/adr/0001-record.md': nygard(1, 'Record architecture decisions', 'Accepted'), 'doc/adr/0002-use-x.md': nygard(2, 'Use X', 'Proposed') });
    const log = renderDecisionLog(workspace.catalog(), { logPath: 'doc/adr/README.md', order: 'number' }, 'Intro\n');
    assert.equal(log, lines('Intro', '', DECISION_LOG_START, '* [1. Record architecture decisions](0001-record.md) — accepted, 2024-01-01', '* [2. Use X](0002-use-x.md) — proposed, 2024-01-01', DECISION_LOG_END));
  });
});
