import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { healthLine, problemBadge, writtenMessage } from '../../client/src/decisionLog/decisionLogText';
import type { DecisionLogView } from '../../server/src/protocol/decisionLogProtocol';

const group = { id: 'adr:accepted', label: 'ADRs — accepted (1)', items: [{ uri: 'file:///w/0001.md', label: 'ADR-0001 Use X', description: 'accepted', status: 'accepted', errors: 0, warnings: 0, problems: [] }] };
const view = (health: DecisionLogView['health'], indexing = false, groups = [group]): DecisionLogView => ({ groups, health, indexing });

describe('healthLine', () => {
  it('counts findings, overdue follow-ups and stale proposals', () => {
    assert.equal(healthLine(view({ findings: 3, overdueFollowUps: 1, staleProposals: 0 })), '3 open findings · 1 overdue follow-up · no stale proposals');
  });
  it('says so while indexing, whatever the counts', () => {
    assert.equal(healthLine(view({ findings: 3, overdueFollowUps: 0, staleProposals: 0 }, true)), 'Indexing…');
  });
  it('says when all is well, and when there is nothing to show', () => {
    assert.match(healthLine(view({ findings: 0, overdueFollowUps: 0, staleProposals: 0 })), /^Healthy/);
    assert.equal(healthLine(view({ findings: 0, overdueFollowUps: 0, staleProposals: 0 }, false, [])), 'No leadership documents in this workspace yet.');
  });
});

describe('problemBadge', () => {
  it('names errors before warnings and leaves out what is zero', () => {
    assert.equal(problemBadge({ errors: 2, warnings: 1 }), '2 errors, 1 warning');
    assert.equal(problemBadge({ errors: 0, warnings: 3 }), '3 warnings');
    assert.equal(problemBadge({ errors: 0, warnings: 0 }), '');
  });
});

describe('writtenMessage', () => {
  it('says which logs it created or updated, with their decision counts', () => {
    assert.equal(
      writtenMessage([{ path: 'docs/decisions/README.md', exists: true, decisions: 12 }, { path: 'team-b/adr/README.md', exists: false, decisions: 1 }]),
      'Updated docs/decisions/README.md (12 decisions); Created team-b/adr/README.md (1 decision)',
    );
  });
  it('says the log is up to date when nothing was written', () => assert.equal(writtenMessage([]), 'The decision log is up to date.'));
});
