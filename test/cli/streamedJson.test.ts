import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { streamedJson } from '../../server/src/cli/report/streamedJson';

const joined = (pieces: Iterable<string>): string => [...pieces].join('');

describe('streamedJson', () => {
  const items = [{ path: 'a.md', findings: [{ line: 1, message: 'x\ny "quoted"' }] }, { path: 'b.md', findings: [] }, 'plain', 3, null];

  it('prints what JSON.stringify(document, null, 2) prints, with the array anywhere in the document', () => {
    const top = (files: unknown): unknown => ({ version: 1, files, after: { nested: [1, 2] } });
    assert.equal(joined(streamedJson(top, items)), `${JSON.stringify(top(items), null, 2)}\n`);
    const deep = (results: unknown): unknown => ({ runs: [{ tool: { name: 't' }, results, columnKind: 'utf16CodeUnits' }] });
    assert.equal(joined(streamedJson(deep, items)), `${JSON.stringify(deep(items), null, 2)}\n`);
  });

  it('prints an empty array as JSON.stringify does', () => {
    const top = (files: unknown): unknown => ({ files, problems: [] });
    assert.equal(joined(streamedJson(top, [])), `${JSON.stringify(top([]), null, 2)}\n`);
  });

  it('makes one piece per item, so a large report is never one string', () => {
    const pieces = [...streamedJson((files) => ({ files }), items)];
    assert.equal(pieces.length, items.length + 3);
  });

  it('refuses a document that does not hold the placeholder', () => {
    assert.throws(() => joined(streamedJson(() => ({ files: [] }), items)), /placeholder/);
  });
});
