import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_FINDINGS } from '../../server/src/engine';
import { analyze, lines } from '../support/documents';

describe('findings per document are capped', () => {
  it('a document with thousands of problems gets the first 500 and one finding saying how many more', () => {
    const sections = Array.from({ length: 1200 }, (_, index) => `## Context\n\nRepeated ${index}.\n`).join('\n');
    const analysis = analyze(lines('# 1. Use X', '', '## Status', '', 'Accepted', '', sections), 'doc/adr/0001-use-x.md');
    assert.equal(analysis.findings.length, MAX_FINDINGS + 1);
    const [last] = analysis.findings.slice(-1);
    assert.equal(last?.code, 'too-many-findings');
    assert.match(last!.message, /^\d[\d,]* more findings after this point are not shown/);
    assert.ok(Number(last!.data?.['omitted']) > 600);
    // The kept ones are the first in the document, so fixing from the top reveals the rest.
    assert.ok(analysis.findings.slice(0, MAX_FINDINGS).every((finding, index, kept) => index === 0 || finding.range.start.line >= kept[index - 1]!.range.start.line));
  });

  it('a document under the cap is untouched', () => {
    const analysis = analyze(lines('# 1. Use X', '', '## Status', '', 'Accepted', '', '## Context', '', 'a', '', '## Context', '', 'b'), 'doc/adr/0001-use-x.md');
    assert.ok(analysis.findings.length < MAX_FINDINGS);
    assert.ok(!analysis.findings.some((finding) => finding.code === 'too-many-findings'));
  });
});
