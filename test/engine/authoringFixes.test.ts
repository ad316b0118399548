import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createFrontMatterFix } from '../../server/src/engine/assist/frontMatterBlock';
import { nygardToFrontMatterFix } from '../../server/src/engine/assist/nygardToFrontMatter';
import { disabledRules, disableRuleFix } from '../../server/src/engine/edits/ruleDisable';
import { applyTextEdits, builtinDocTypes, createEngine, type DocumentAnalysis, type Finding } from '../../server/src/engine';
import { analyze, lines } from '../support/documents';
import { teamTypeWithRequiredKeys } from '../support/generatedDocuments';

const teamEngine = createEngine({ docTypes: [...builtinDocTypes, teamTypeWithRequiredKeys] });

function analyzeOkr(text: string): DocumentAnalysis {
  return teamEngine.analyze({ uri: 'file:///workspace/okrs/q3.md', path: 'okrs/q3.md', text });
}

function only(analysis: DocumentAnalysis, code: string, predicate: (finding: Finding) => boolean = () => true): Finding {
  const found = analysis.findings.filter((finding) => finding.code === code && predicate(finding));
  assert.equal(found.length, 1, `one ${code} finding expected, got: ${analysis.findings.map((finding) => `${finding.code}: ${finding.message}`).join('\n')}`);
  return found[0] as Finding;
}

function fixTitles(finding: Finding): string[] {
  return (finding.fixes ?? []).map((fix) => `${fix.title}${fix.preferred === true ? ' (preferred)' : ''}${fix.safe ? ' (safe)' : ''}`);
}

describe('required-section fix', () => {
  it('inserts a missing section after the nearest earlier section of the layout, past its sub-sections', () => {
    const text = lines('# Use X', '', '## Context and Problem Statement', '', 'Why.', '', '### Detail', '', 'More.', '', '## Decision Outcome', '', 'Chosen option: X.');
    const analysis = analyze(text);
    const finding = only(analysis, 'required-section');
    assert.deepEqual(fixTitles(finding), ["Insert section 'Considered Options' (preferred) (safe)"]);
    assert.deepEqual(finding.fixes?.[0]?.edits, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, newText: '## Considered Options\n\n<!-- List at least two options, one per bullet. -->\n\n' }]);
  });

  it('puts the first section of a layout before the author\'s own headings, not at the end', () => {
    const text = lines('# Q3 brief', '', 'Intro.', '', '## Appendix', '', 'Tables.');
    const analysis = analyze(text, 'briefs/q3.md');
    const summary = only(analysis, 'required-section', (finding) => finding.data?.['sectionId'] === 'summary');
    assert.deepEqual(summary.fixes?.[0]?.edits[0]?.range.start, { line: 4, character: 0 });
  });
});

describe('front-matter-schema fixes', () => {
  it('adds a missing key with the schema default as a safe fix, or a blank as an unsafe one', () => {
    const analysis = analyzeOkr(lines('---', 'type: okr', 'quarter: Q3', '---', '# Q3', '', '## Objective', '', 'O.', '', '## Key Results', '', 'K.', '', '## Risks', '', 'R.'));
    const confidence = only(analysis, 'front-matter-schema', (finding) => finding.data?.['key'] === 'confidence');
    assert.deepEqual(fixTitles(confidence), ["Add 'confidence: medium' (preferred) (safe)"]);
    assert.deepEqual(confidence.fixes?.[0]?.edits, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: 'confidence: medium\n' }]);
    const owner = only(analysis, 'front-matter-schema', (finding) => finding.data?.['key'] === 'owner');
    assert.deepEqual(fixTitles(owner), ["Add 'owner: \"\"' (preferred)"]);
  });

  it('creates the block when a typed document has none', () => {
    const text = lines('# Q3', '', '## Objective', '', 'O.');
    const analysis = analyzeOkr(text);
    const confidence = only(analysis, 'front-matter-schema', (finding) => finding.data?.['key'] === 'confidence');
    assert.equal(applyTextEdits(analysis.document.lines, confidence.fixes?.[0]?.edits ?? []), '---\nconfidence: medium\n---\n' + text);
  });

  it('suggests the closest allowed value, preferred, with every allowed value as an alternative', () => {
    const analysis = analyzeOkr(lines('---', 'type: okr', 'owner: Ana', 'quarter: q3', 'confidence: hihg', '---', '# Q3'));
    const quarter = only(analysis, 'front-matter-schema', (finding) => finding.data?.['key'] === 'quarter');
    assert.equal(quarter.message, "'quarter' must be one of: Q1, Q2, Q3, Q4. Did you mean 'Q3'?");
    assert.deepEqual(fixTitles(quarter), ["Change to 'Q3' (preferred) (safe)", "Change to 'Q1'", "Change to 'Q2'", "Change to 'Q4'"]);
    assert.deepEqual(quarter.fixes?.[0]?.edits, [{ range: { start: { line: 3, character: 9 }, end: { line: 3, character: 11 } }, newText: 'Q3' }]);
    const confidence = only(analysis, 'front-matter-schema', (finding) => finding.data?.['key'] === 'confidence');
    assert.match(confidence.message, /Did you mean 'high'\?$/);
    assert.equal(confidence.data?.['suggestion'], 'high');
  });

  it('offers alternatives but no preferred fix when nothing allowed is close', () => {
    const analysis = analyze(lines('---', 'type: mentorship-plan', 'cadence: whenever we can', '---', '# Plan'), 'mentorship/plan.md');
    const cadence = only(analysis, 'front-matter-schema', (finding) => finding.data?.['key'] === 'cadence');
    assert.deepEqual(fixTitles(cadence), ["Change to 'weekly'", "Change to 'biweekly'", "Change to 'fortnightly'", "Change to 'monthly'", "Change to 'quarterly'"]);
  });

  it('is not safe when two allowed values are as close', () => {
    const analysis = analyze(lines('---', 'type: postmortem', 'severity: SEV', '---', '# Outage'), 'postmortems/outage.md');
    const severity = only(analysis, 'front-matter-schema', (finding) => finding.data?.['key'] === 'severity');
    assert.ok(!(severity.fixes ?? []).some((fix) => fix.safe), fixTitles(severity).join(', '));
  });
});

describe('unknown-status fix', () => {
  it('corrects a misspelt status in place, keeping its markup and capital', () => {
    const text = lines('# 1. Use X', '', '## Status', '', '**Accpeted**', '', '## Context', '', 'C.', '', '## Decision', '', 'D.', '', '## Consequences', '', 'E.');
    const analysis = analyze(text, 'doc/adr/0001-use-x.md');
    const finding = only(analysis, 'unknown-status');
    assert.match(finding.message, /Did you mean 'accepted'\?/);
    assert.deepEqual(fixTitles(finding), ["Change to 'Accepted' (preferred) (safe)"]);
    assert.deepEqual(finding.fixes?.[0]?.edits, [{ range: { start: { line: 4, character: 2 }, end: { line: 4, character: 10 } }, newText: 'Accepted' }]);
  });

  it('leaves a phrase alone', () => {
    const analysis = analyze(lines('---', 'status: waiting on legal', '---', '# Use X'));
    assert.equal(only(analysis, 'unknown-status').fixes, undefined);
  });
});

describe('date-format fix', () => {
  it('is safe when the date reads one way only, and absent when it is ambiguous', () => {
    const unambiguous = only(analyze(lines('---', 'date: 25/03/2024', '---', '# Use X')), 'date-format');
    assert.deepEqual(fixTitles(unambiguous), ['Change to 2024-03-25 (preferred) (safe)']);
    assert.equal(only(analyze(lines('---', 'date: 03/04/2024', '---', '# Use X')), 'date-format').fixes, undefined);
  });
});

describe('disabling a rule in one document', () => {
  it('reads the comment anywhere in the body and the front matter key', () => {
    assert.deepEqual([...disabledRules(analyze(lines('# T', '', 'Text <!-- leaddocs-disable date-format, section-order --> more.')).document)], ['date-format', 'section-order']);
    assert.deepEqual([...disabledRules(analyze(lines('---', 'leaddocs-disable: [checklist-item]', '---', '# T')).document)], ['checklist-item']);
    assert.deepEqual([...disabledRules(analyze(lines('# T', '', '```', '<!-- leaddocs-disable date-format -->', '```')).document)], [], 'not in a code block');
  });

  it('silences only the named rule, and the key is no schema problem', () => {
    const analysis = analyze(lines('---', 'status: accpeted', 'date: 5 March 2024', 'leaddocs-disable: unknown-status', '---', '# Use X'));
    assert.deepEqual(analysis.findings.filter((finding) => finding.code !== 'checklist-item' && finding.code !== 'required-section').map((finding) => finding.code), ['date-format']);
  });

  it('joins an existing comment, an existing key, or adds the key to the front matter', () => {
    const withComment = analyze(lines('# T', '', '<!-- leaddocs-disable date-format -->'));
    assert.equal(applyTextEdits(withComment.document.lines, disableRuleFix(withComment.document, 'section-order').edits), lines('# T', '', '<!-- leaddocs-disable date-format, section-order -->'));
    const withFlowKey = analyze(lines('---', 'leaddocs-disable: [date-format]', '---', '# T'));
    assert.equal(applyTextEdits(withFlowKey.document.lines, disableRuleFix(withFlowKey.document, 'section-order').edits), lines('---', 'leaddocs-disable: [date-format, section-order]', '---', '# T'));
    const withBlockKey = analyze(lines('---', 'leaddocs-disable:', '  - date-format', 'status: accepted', '---', '# T'));
    assert.equal(applyTextEdits(withBlockKey.document.lines, disableRuleFix(withBlockKey.document, 'section-order').edits), lines('---', 'leaddocs-disable:', '  - date-format', '  - section-order', 'status: accepted', '---', '# T'));
    const withFrontMatter = analyze(lines('---', 'status: accepted', '---', '# T'));
    assert.equal(applyTextEdits(withFrontMatter.document.lines, disableRuleFix(withFrontMatter.document, 'section-order').edits), lines('---', 'status: accepted', 'leaddocs-disable: [section-order]', '---', '# T'));
  });
});

describe('front matter refactorings', () => {
  const nygard = lines('# 4. Use Kafka', '', 'Date: 12/03/2024', '', '## Status', '', 'Superseded by [5. Use Pulsar](0005-use-pulsar.md)', '', 'Once accepted.', '', '## Context', '', 'Events.', '', '## Decision', '', 'Kafka.', '', '## Consequences', '', 'Ops work.');

  it('moves the Status line and the Date line of an adr-tools ADR into front matter, keeping the rest of the Status section', () => {
    const analysis = analyze(nygard, 'doc/adr/0004-use-kafka.md');
    const fix = nygardToFrontMatterFix(analysis);
    assert.equal(fix?.safe, false);
    const converted = applyTextEdits(analysis.document.lines, fix?.edits ?? []);
    assert.equal(converted, lines('---', 'status: Superseded by [5. Use Pulsar](0005-use-pulsar.md)', 'date: 12/03/2024', '---', '# 4. Use Kafka', '', '## Status', '', 'Once accepted.', '', '## Context', '', 'Events.', '', '## Decision', '', 'Kafka.', '', '## Consequences', '', 'Ops work.'));
    const after = analyze(converted, 'doc/adr/0004-use-kafka.md');
    assert.equal(after.status?.value, 'superseded');
    assert.equal(after.fields['date']?.source, 'front-matter');
  });

  it('is not offered for MADR or for an ADR that has front matter', () => {
    assert.equal(nygardToFrontMatterFix(analyze(lines('---', 'status: accepted', '---', '# 1. Use X', '', '## Status', '', 'Accepted'), 'doc/adr/0001-x.md')), undefined);
    assert.equal(nygardToFrontMatterFix(analyze(lines('# Use X', '', '## Context and Problem Statement', '', 'C.'))), undefined);
  });

  it('creates front matter with the type and the keys its schema requires', () => {
    const analysis = analyzeOkr(lines('# Q3'));
    const fix = createFrontMatterFix(analysis, teamTypeWithRequiredKeys);
    assert.equal(fix?.title, 'Create front matter for this quarterly okrs');
    assert.equal(applyTextEdits(analysis.document.lines, fix?.edits ?? []), lines('---', 'type: okr', 'owner: ""', 'quarter: Q1', 'confidence: medium', '---', '# Q3'));
    assert.equal(createFrontMatterFix(analyzeOkr(lines('---', 'owner: Ana', '---', '# Q3')), teamTypeWithRequiredKeys), undefined);
  });
});
