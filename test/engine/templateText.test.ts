import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, codes, lines } from '../support/documents';

const body = ['', '## Context and Problem Statement', '', 'We need a queue.', '', '## Considered Options', '', '- Kafka', '- RabbitMQ', '', '## Decision Outcome', '', 'Chosen option: "Kafka", because it scales.'];

describe('template text is neither content nor a false alarm', () => {
  it("reads MADR 4.0.0's unclosed status brace as a placeholder, not an unknown status", () => {
    const analysis = analyze(lines('---', 'status: "{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123"', '---', '# T', ...body));
    assert.deepEqual(codes(analysis).filter((c) => !c.startsWith('required')), ['unfilled-placeholder@1']);
  });

  it('keeps a valid flow mapping as data', () => {
    const analysis = analyze(lines('---', 'status: accepted', 'links: {jira: PROJ-1, pr: 42}', '---', '# T', ...body));
    assert.deepEqual(analysis.document.frontMatter?.data['links'], { jira: 'PROJ-1', pr: 42 });
    assert.ok(!codes(analysis).some((c) => c.startsWith('unfilled')));
  });

  it('does not flag code in a list item, wiki links or citations', () => {
    const analysis = analyze(lines('# T', ...body, '', '## More Information', '', '- Call it like this:', '', '  ```sh', '  curl https://api/{tenant}/orders', '  ```', '', 'See [[Payments overview]] and [RFC 7231].'));
    assert.deepEqual(codes(analysis).filter((c) => c.startsWith('unfilled')), []);
  });

  it('does not count quoted placeholders as filled fields', () => {
    const analysis = analyze(lines('---', 'status: accepted', 'date: "{YYYY-MM-DD}"', 'decision-makers: "{everyone involved}"', 'review-date: "{when}"', '---', '# T', ...body));
    assert.equal(analysis.fields['date'], undefined);
    assert.equal(analysis.checklist.find((item) => item.id === 'adr-decision-log')?.passed, false);
    assert.equal(analysis.checklist.find((item) => item.id === 'adr-follow-up')?.passed, false);
  });

  it('does not count placeholder options or empty sub-headings', () => {
    const text = lines('# T', '', '## Context and Problem Statement', '', 'c', '', '## Considered Options', '', '* {title of option 1}', '* {title of option 2}', '', '## Decision Outcome', '', 'Chosen option: "A", because.', '', '### Consequences', '', '#### Good', '', '#### Bad', '');
    const analysis = analyze(text);
    assert.equal(analysis.checklist.find((item) => item.id === 'adr-options')?.passed, false);
    assert.equal(analysis.checklist.find((item) => item.id === 'adr-consequences')?.passed, false);
  });

  it('does not let words inside a MADR 2 bracket prompt pass a check', () => {
    const analysis = analyze(lines('# T', ...body, '', '## Links', '', '* [e.g., link to follow-up decisions required, or a review date]'));
    assert.equal(analysis.checklist.find((item) => item.id === 'adr-follow-up')?.passed, false);
  });
});
