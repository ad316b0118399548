import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainText } from '../../server/src/engine/model/inlineText';
import { analyze, lines } from '../support/documents';

// Issue 8, defect 3: patterns that ran in time quadratic (or worse) in the document text. Each
// input is several times the size that took seconds before the fix, so a regression is a
// hang that the guard stops, not a number to compare; timings live in bench/server.bench.ts (big and hostile documents).
const HANG_GUARD = { timeout: 20_000 };

function adrWithDecision(decision: string): string {
  return lines('# 1. Use X', '', '## Status', '', 'Accepted', '', '## Context and Problem Statement', '', 'Why.', '', '## Decision Outcome', '', decision);
}

describe('linear patterns on document text', () => {
  it('reads a status line of 15 KB of [ (3 KB took 4.1 s)', HANG_GUARD, () => {
    const analysis = analyze(lines('# 1. Use X', '', '## Status', '', '['.repeat(15_000), '', '## Context and Problem Statement', '', 'Why.'));
    assert.equal(analysis.status?.value, null);
    assert.ok(analysis.findings.some((f) => f.code === 'unknown-status'));
  });

  for (const [name, run] of [
    ['[', '['],
    ['![', '!['],
    ['[a](', '[a]('],
    ['<!--', '<!--'],
    ['<a', '<a'],
    ['**a ', '**a '],
    ['`', '`'],
    ['spaces', ' '],
    ['* ', '* '],
    ['{a', '{a'],
    ['[x [a](', '[x [a]('],
  ] as const) {
    it(`reads a paragraph of 200 KB of '${name}'`, HANG_GUARD, () => {
      const text = adrWithDecision(`Chosen option: ${run.repeat(Math.ceil(200_000 / run.length))}x`);
      const analysis = analyze(text);
      assert.ok(analysis.findings.every((f) => f.code !== 'rule-failure'));
    });
  }

  it('reads 200 KB of <!-- across lines and a run of spaces after a decision phrase', HANG_GUARD, () => {
    analyze(adrWithDecision('<!--\n'.repeat(40_000)));
    // "selected" and 8,000 spaces took 260 s in the ADR's decision check.
    analyze(adrWithDecision(`We selected${' '.repeat(200_000)}`));
    analyze(adrWithDecision(`<!-- leaddocs-disable${' '.repeat(200_000)}`));
    analyze(adrWithDecision(`* Status${' '.repeat(200_000)}x`));
  });

  it('reads long runs in every type: digits, paths, deadlines, from-to', HANG_GUARD, () => {
    const runs = ['1'.repeat(200_000), 'a.'.repeat(100_000), 'from '.repeat(40_000), `DUE${' '.repeat(200_000)}`, 'Superseded by '.repeat(15_000) + '\nx'];
    const paths = ['docs/decisions/0001-x.md', 'portfolio/2025-x.md', 'postmortems/2025-01-01-x.md', 'mentorship/x.md', 'briefs/x.md'];
    for (const path of paths) for (const run of runs) analyze(lines('# T', '', '## Goals', '', run, '', '## Evidence', '', run), path);
  });
});

describe('plainText', () => {
  it('keeps the words of links, images, emphasis and code, and drops markup', () => {
    assert.equal(plainText('**Bold** and *em* and __b__ with `code` in [a link](x.md "t") ![alt](i.png) [ref][r] <b>tag</b> <!-- note --> \\*'), 'Bold and em and b with code in a link alt ref tag  *');
    assert.equal(plainText('**bold *nested* bold**'), 'bold nested bold');
    assert.equal(plainText('[Wiki](https://en.wikipedia.org/wiki/A_(b)) x'), 'Wiki x');
    assert.equal(plainText('a\n  b\t\nc'), 'a b c');
    assert.equal(plainText('unclosed <!-- comment'), 'unclosed <!-- comment');
    assert.equal(plainText('``'), '');
  });
});
