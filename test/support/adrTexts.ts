import { joinLines } from './documentText';

/** Shared by the protocol tests: ADRs whose findings are known, so each test can say what changed. */

/** An adr-tools ADR whose Decision section is empty and whose Consequences section is missing. */
export const nygardWithEmptyDecision = joinLines(
  '# 1. Use PostgreSQL', // 0
  '', // 1
  'Date: 2024-01-05', // 2
  '', // 3
  '## Status', // 4
  '', // 5
  'Accepted', // 6
  '', // 7
  '## Context', // 8
  '', // 9
  'We need a database.', // 10
  '', // 11
  '## Decision', // 12
  '', // 13
);

/** An adr-tools ADR complete but for its Consequences section: one required-section finding. */
export const nygardWithoutConsequences = joinLines(
  '# 1. Use PostgreSQL',
  '',
  '## Status',
  '',
  'Accepted',
  '',
  '## Context',
  '',
  'We need a database.',
  '',
  '## Decision',
  '',
  'We will use PostgreSQL.',
);
