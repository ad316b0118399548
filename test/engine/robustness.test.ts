import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinDocTypes, createEngine, LineIndex, type DocumentAnalysis } from '../../server/src/engine';
import { loadFixtures } from '../support/fixtureFiles';

const engine = createEngine({ docTypes: builtinDocTypes });

/** Deterministic, so a failure names a mutation that can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const FRAGMENTS = ['---', '...', '{', '}', '{title}', '<!--', '-->', '[', '](', '|', '| Status | x |', '#', '## ', '* Status:', 'Date: 99-99-9999', '```', '\t', '\r', '\u0000', '\uD800', ':', 'status: {a | b', '- ', '1. ', '> ', '&', '\\'];

function mutate(text: string, next: () => number): string {
  const lines = text.split('\n');
  const at = Math.floor(next() * (lines.length + 1));
  const fragment = FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] as string;
  switch (Math.floor(next() * 5)) {
    case 0:
      lines.splice(at, 1);
      break;
    case 1:
      lines.splice(at, 0, fragment);
      break;
    case 2: {
      const line = lines[at] ?? '';
      const column = Math.floor(next() * (line.length + 1));
      lines[at] = line.slice(0, column) + fragment + line.slice(column);
      break;
    }
    case 3:
      return text.slice(0, Math.floor(next() * text.length));
    default:
      lines.splice(at, 0, ...lines.slice(0, Math.floor(next() * 6)));
  }
  return lines.join('\n');
}

function assertRangesInside(analysis: DocumentAnalysis, text: string): void {
  const index = new LineIndex(text);
  for (const finding of analysis.findings) {
    for (const position of [finding.range.start, finding.range.end]) {
      assert.ok(position.line >= 0 && position.line < index.lineCount, `${finding.code} line ${position.line} outside 0..${index.lineCount - 1}`);
      assert.ok(position.character >= 0 && position.character <= index.lineText(position.line).length, `${finding.code} character ${position.character} outside line ${position.line}`);
    }
    assert.notEqual(finding.code, 'rule-failure', finding.message);
  }
}

describe('hostile and half-typed input', () => {
  it('never throws, never reports a rule failure, and keeps every range inside the text', () => {
    const next = random(7);
    let checked = 0;
    for (const fixture of loadFixtures()) {
      let text = fixture.text;
      for (let step = 0; step < 25; step++) {
        text = mutate(text, next);
        const analysis = engine.analyze({ uri: `file:///mutated/${fixture.path}`, path: fixture.path, text });
        assertRangesInside(analysis, text);
        checked++;
      }
    }
    assert.ok(checked > 1000);
  });

  it('copes with empty, huge and binary-looking documents', () => {
    const texts = ['', '\n', '---', '---\n---', '---\n: :\n---\n', 'x'.repeat(1_000_000), '\u0000\u0001\u0002'.repeat(1000), '#'.repeat(5000), '- '.repeat(2000) + '\n', '> '.repeat(500) + 'deep',
      // Inputs that made earlier regexes backtrack for seconds: a line of placeholders, a status followed by a sea of spaces.
      '# 1. T\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Decision\n\n' + Array.from({ length: 40 }, (_, i) => `{f${i}}`).join(' ') + ' TBD\n',
      '# T\n\n* Status: a' + ' '.repeat(40_000) + 'b\n\n## Context and Problem Statement\n'];
    for (const text of texts) {
      const analysis = engine.analyze({ uri: 'file:///w/docs/decisions/0001-x.md', path: 'docs/decisions/0001-x.md', text });
      assertRangesInside(analysis, text);
    }
  });

  it('reads the title of a file that starts with a byte order mark, as real ADRs do', () => {
    const text = '\uFEFF# Subject\n\n## Status\n\naccepted\n';
    const analysis = engine.analyze({ uri: 'file:///w/docs/decisions/0001-x.md', path: 'docs/decisions/0001-x.md', text });
    assert.equal(analysis.title?.text, 'Subject');
    assert.deepEqual(analysis.document.headings.map((heading) => heading.line), [0, 2]);
    assertRangesInside(analysis, text);
  });
});
