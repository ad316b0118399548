import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAllText } from '../../server/src/engine';
import { analyze, codes, lines } from '../support/documents';

describe('front matter', () => {
  it('reports a YAML error at the exact position and still checks the body', () => {
    const analysis = analyze(lines('---', 'title: Use: colons', 'status: accepted', '---', '', '# Title', '', '## Context and Problem Statement', '', 'Why.'));
    const syntax = analysis.findings.find((f) => f.code === 'front-matter-syntax');
    assert.ok(syntax, 'a syntax finding');
    assert.deepEqual(syntax.range.start, { line: 1, character: 7 });
    assert.ok(codes(analysis).includes('required-section@5'), 'body checks still run');
    assert.equal(analysis.status?.value, 'accepted', 'keys after the error are still read');
  });

  it('reads an unquoted MADR placeholder as an unfilled placeholder, not a YAML error', () => {
    const analysis = analyze(lines('---', 'status: {proposed | rejected | accepted | deprecated}', 'date: {YYYY-MM-DD when the decision was last updated}', '---', '# T'));
    assert.deepEqual(codes(analysis).filter((c) => c.startsWith('front-matter') || c.startsWith('unfilled')), ['unfilled-placeholder@1', 'unfilled-placeholder@2']);
    const placeholder = analysis.findings.find((f) => f.code === 'unfilled-placeholder');
    assert.deepEqual(placeholder?.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 53 } });
  });

  it('maps positions correctly with CRLF line endings', () => {
    const analysis = analyze('---\r\ndate: 2021-13-01\r\n---\r\n# T\r\n');
    const date = analysis.findings.find((f) => f.code === 'date-format');
    assert.deepEqual(date?.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 16 } });
  });

  it('treats an unterminated fence as a thematic break, not front matter', () => {
    const analysis = analyze(lines('---', 'status: accepted', '# T'));
    assert.equal(analysis.document.frontMatter, undefined);
  });

  it('reports a schema violation on the value', () => {
    const analysis = analyze(lines('---', 'status: accepted', 'decision-makers: 42', '---', '# T'));
    const schema = analysis.findings.find((f) => f.code === 'front-matter-schema');
    assert.deepEqual(schema?.range, { start: { line: 2, character: 17 }, end: { line: 2, character: 19 } });
    assert.match(schema?.message ?? '', /decision-makers/);
  });

  it('reports a bad item of a list on the item itself', () => {
    const analysis = analyze(lines('---', 'status: accepted', 'decision-makers: [Ana, 42]', '---', '# T'));
    const schema = analysis.findings.find((f) => f.code === 'front-matter-schema');
    assert.deepEqual(schema?.range, { start: { line: 2, character: 23 }, end: { line: 2, character: 25 } });
  });

  it('reports a front matter that is a list instead of a mapping', () => {
    const analysis = analyze(lines('---', '- a', '- b', '---', '# T'));
    assert.ok(codes(analysis).includes('front-matter-syntax@1'));
  });

  // Issue 8, defect 2: the parser's line counter ran one line early after a flow collection
  // followed by more text, and fix-all wrote the date over the status key.
  const flowThenText = ['---', 'decision-makers: [Ana Lima, Ben Osei], Carol', '  and Dan', 'status: acepted', 'date: 14-03-2025', '---', '# Use X', '', '## Context and Problem Statement', '', 'Why.', '', '## Considered Options', '', '* A', '* B', '', '## Decision Outcome', '', 'Chosen option: A.'];

  it('places findings after a flow collection followed by more text on their own lines', () => {
    const analysis = analyze(lines(...flowThenText));
    const status = analysis.findings.find((f) => f.code === 'unknown-status');
    const date = analysis.findings.find((f) => f.code === 'date-format');
    assert.deepEqual(status?.range, { start: { line: 3, character: 8 }, end: { line: 3, character: 15 } });
    assert.deepEqual(date?.range, { start: { line: 4, character: 6 }, end: { line: 4, character: 16 } });
    const syntax = analysis.findings.find((f) => f.code === 'front-matter-syntax');
    assert.equal(syntax?.range.start.line, 1);
  });

  it('fixes the status and the date after a flow collection followed by more text, and nothing else', () => {
    const text = lines(...flowThenText);
    const fixed = fixAllText(analyze(text), (next) => analyze(next));
    const expected = [...flowThenText];
    expected[3] = 'status: accepted';
    expected[4] = 'date: 2025-03-14';
    assert.equal(fixed, lines(...expected));
  });

  it('keeps positions exact with lone CR line endings in the front matter', () => {
    const analysis = analyze('---\rstatus: acepted\rdate: 14-03-2025\r---\r# T\r');
    const date = analysis.findings.find((f) => f.code === 'date-format');
    assert.deepEqual(date?.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 16 } });
  });
});
