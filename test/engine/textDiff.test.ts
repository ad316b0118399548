import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyTextEdits, LineIndex } from '../../server/src/engine';
import { diffEdits } from '../../server/src/engine/text/textDiff';

function roundTrip(before: string, after: string): ReturnType<typeof diffEdits> {
  const edits = diffEdits(before, after);
  assert.equal(applyTextEdits(new LineIndex(before), edits), after);
  return edits;
}

describe('diffEdits', () => {
  it('returns nothing for equal texts', () => {
    assert.deepEqual(diffEdits('a\nb\n', 'a\nb\n'), []);
  });

  it('turns inserted lines into inserts, one per place', () => {
    assert.deepEqual(roundTrip('# T\n\n## A\n\nx\n', '# T\n\n## Z\n\n## A\n\nx\n\n## B\n'), [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '## Z\n\n' },
      { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, newText: '\n## B\n' },
    ]);
  });

  it('replaces only the changed characters of adjacent changed lines, each on its own', () => {
    assert.deepEqual(roundTrip('---\nstatus: accpeted\ndate: 5 March 2024\n---\n', '---\nstatus: accepted\ndate: 2024-03-05\n---\n'), [
      { range: { start: { line: 1, character: 11 }, end: { line: 1, character: 13 } }, newText: 'ep' },
      { range: { start: { line: 2, character: 6 }, end: { line: 2, character: 18 } }, newText: '2024-03-05' },
    ]);
  });

  it('appends to a last line without a newline as an insert', () => {
    assert.deepEqual(roundTrip('# T\n\nlast', '# T\n\nlast\n\n## A\n'), [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } }, newText: '\n\n## A\n' }]);
  });

  it('keeps CRLF text exact', () => {
    roundTrip('a\r\nb\r\n', 'a\r\nnew\r\nb\r\n');
  });

  it('keeps two fixes far apart in a long document as two small edits, not a rewrite of the middle (found by fuzzing)', () => {
    const middle = 'A line the author wrote.\r\n\r\n'.repeat(3_000);
    const edits = roundTrip(`---\r\nstatus: acepted\r\n---\r\n${middle}`, `---\r\nstatus: accepted\r\n---\r\n${middle}\r\n## Decision\r\n`);
    assert.deepEqual(edits.map((edit) => edit.newText), ['c', '\r\n## Decision\r\n']);
  });

  it('appends after a last line without a line break as an insert, leaving the line alone (found by fuzzing)', () => {
    const edits = roundTrip('---\nstatus: a[ccepted\nd', '---\nstatus: accepted\nd\n\n## Context\n');
    assert.deepEqual(edits, [
      { range: { start: { line: 1, character: 9 }, end: { line: 1, character: 10 } }, newText: '' },
      { range: { start: { line: 2, character: 1 }, end: { line: 2, character: 1 } }, newText: '\n\n## Context\n' },
    ]);
  });

  it('turns any text into any other', () => {
    const text = fc.array(fc.constantFrom('a', 'b', '', '# T', 'x y'), { maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));
    fc.assert(fc.property(text, text, (before, after) => void roundTrip(before, after)), { seed: 8, numRuns: 2_000, includeErrorInReport: true });
  });
});

