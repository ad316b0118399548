import { joinLines } from './documentText';

/** Issue 8's reproducers and their big brothers: documents that once froze the whole server. */

/** A complete ADR grown to about `bytes` with ordinary sections: large, not malformed. */
export function largeAdr(bytes: number): string {
  const head = joinLines('# 1. A very long decision', '', '## Status', '', 'Accepted', '', '## Context', '', 'We need a way forward.', '', '## Decision', '', 'We will.', '', '## Consequences', '', 'Good ones.', '');
  const section = (index: number): string => joinLines(`## Note ${index}`, '', `Option ${index} has a [link](notes/${index}.md), *emphasis* and a list:`, '', '- one thing', '- another thing', '');
  const parts = [head];
  let length = head.length;
  for (let index = 0; length < bytes; index++) {
    const next = section(index);
    parts.push(next);
    length += next.length;
  }
  return parts.join('\n');
}

/** 426 bytes of front matter that took 18 s to convert to JavaScript (issue 8, defect 1). */
export const nestedFlowFrontMatter = joinLines('---', `title: ${'{'.repeat(400)}`, '---', '# 1. Nested', '', '## Status', '', 'Accepted');

/** A normal ADR whose diagnostics must not wait for any of the above. */
export const normalAdr = joinLines('# 2. Use PostgreSQL', '', 'Date: 2024-01-05', '', '## Status', '', 'Accepted', '', '## Context', '', 'We need a database.', '', '## Decision', '', 'PostgreSQL.');
