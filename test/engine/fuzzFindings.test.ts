import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyTextEdits, type DocumentAnalysis } from '../../server/src/engine';
import { CHECKED_NESTING, parseMarkdownTokens } from '../../server/src/engine/model/markdown';
import { analyze, lines } from '../support/documents';

// Defects `npm run fuzz` found, each as the smallest document that showed it.

const nygard = ['## Status', '', 'Accepted', '', '## Context', '', 'Why.', '', '## Decision', '', 'What.', '', '## Consequences', '', 'So.'];

function missingSections(analysis: DocumentAnalysis): unknown[] {
  return analysis.findings.filter((finding) => finding.code === 'required-section').map((finding) => finding.data?.['sectionId']);
}

function insertFix(analysis: DocumentAnalysis, sectionId: string): string {
  const finding = analysis.findings.find((candidate) => candidate.code === 'required-section' && candidate.data?.['sectionId'] === sectionId);
  assert.ok(finding?.fixes?.[0], `a fix for the missing ${sectionId}`);
  return applyTextEdits(analysis.document.lines, finding.fixes[0].edits);
}

describe('found by fuzzing', () => {
  it('parses a body of hundreds of thousands of tokens, as a 10 MB document has, without overflowing the stack', () => {
    // Tokens were gathered with push(...chunk): past ~120,000 of them the spread overflowed.
    const { tokens } = parseMarkdownTokens('> quoted line\n\n'.repeat(60_000));
    assert.ok(tokens.length >= 300_000, `${tokens.length} tokens`);
    const deep = `${'> '.repeat(120)}deep\n\n`;
    const { tokens: restarted } = parseMarkdownTokens(deep + '> quoted line\n\n'.repeat(60_000));
    assert.ok(restarted.length >= 300_000, `${restarted.length} tokens after a restart`);
  });

  it('reads the headings after a list nested past the parser\'s limit, instead of taking them into the list', () => {
    const deepList = Array.from({ length: 60 }, (_, level) => `${'  '.repeat(level)}- item`);
    const analysis = analyze(lines('# 1. Deep', '', ...deepList, '', ...nygard), 'doc/adr/0001-deep.md');
    assert.deepEqual(analysis.document.headings.map((heading) => heading.text), ['1. Deep', 'Status', 'Context', 'Decision', 'Consequences']);
    assert.deepEqual(missingSections(analysis), []);
    assert.equal(analysis.status?.raw, 'Accepted');
  });

  it('reads a line of list markers at most CHECKED_NESTING lists deep, whatever its length: each level scans the rest of the line', () => {
    for (const markers of [4_000, 16_000]) {
      for (const marker of ['- ', '* ', '> ']) {
        const analysis = analyze(lines('# 1. Markers', '', `${marker.repeat(markers)}x`, '', ...nygard), 'doc/adr/0001-markers.md');
        const depths = analysis.document.blocks.filter((block) => block.kind === 'listItem').map((block) => block.depth);
        assert.ok(depths.length <= CHECKED_NESTING && depths.every((depth) => depth < CHECKED_NESTING), `${markers} × ${JSON.stringify(marker)}: list depths ${JSON.stringify(depths)}`);
        assert.deepEqual(analysis.document.headings.map((heading) => heading.text), ['1. Markers', 'Status', 'Context', 'Decision', 'Consequences']);
      }
    }
  });

  it('inserts a missing section ahead of a comment left open at the end, where it stays a heading', () => {
    const analysis = analyze(lines('# 1. Open comment', '', '## Status', '', 'Accepted', '', '## Context', '', 'Why.', '', '## Decision', '', 'What.', '', '<!-- unfinished'));
    assert.deepEqual(missingSections(analysis), ['consequences']);
    const fixed = insertFix(analysis, 'consequences');
    assert.deepEqual(missingSections(analyze(fixed)), []);
    assert.ok(fixed.endsWith('<!-- unfinished\n'), 'the comment stays last, as written');
  });

  it('inserts with the lone CR line breaks of the file, so no blank line merges into a CRLF', () => {
    const text = ['# 1. Old Mac', '', '## Status', '', 'Accepted', '', '## Context', '', 'Why.', '', '## Decision', '', 'What.', ''].join('\r');
    const analysis = analyze(text, 'doc/adr/0001-old-mac.md');
    const fixed = insertFix(analysis, 'consequences');
    assert.ok(!fixed.includes('\n'), JSON.stringify(fixed));
    assert.deepEqual(missingSections(analyze(fixed, 'doc/adr/0001-old-mac.md')), []);
  });

  it('keeps an inserted section apart from a stray lone CR after raw HTML', () => {
    const analysis = analyze('<div>deep</div>---\r#\r');
    const [first] = missingSections(analysis) as string[];
    assert.ok(first !== undefined);
    const fixed = insertFix(analysis, first);
    assert.ok(!missingSections(analyze(fixed)).includes(first), JSON.stringify(fixed));
  });

  for (const [what, text] of [['a tab', '\t'], ['a stray byte order mark', '\uFEFF\n\uFEFF']] as const) {
    it(`starts a section appended after a last line of ${what} on a line of its own, where it is a heading`, () => {
      const analysis = analyze(text);
      const [first] = missingSections(analysis) as string[];
      assert.ok(first !== undefined);
      const fixed = insertFix(analysis, first);
      assert.ok(!missingSections(analyze(fixed)).includes(first), JSON.stringify(fixed));
    });
  }
});
