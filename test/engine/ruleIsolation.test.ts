import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules, type Rule } from '../../server/src/engine';
import { analyze, lines } from '../support/documents';

const throwing: Rule = {
  meta: { id: 'always-throws', title: 't', description: 'd', defaultSeverity: 'error', fixable: false },
  check() {
    throw new Error('boom');
  },
};

describe('rule isolation', () => {
  it('reports a throwing rule as rule-failure and runs every other rule', () => {
    const text = lines('---', 'status: bananas', '---', '# T');
    const analysis = analyze(text, undefined, { rules: [throwing, ...allRules] });
    const failure = analysis.findings.find((f) => f.code === 'rule-failure');
    assert.match(failure?.message ?? '', /always-throws.*boom/);
    assert.ok(analysis.findings.some((f) => f.code === 'unknown-status'), 'later rules still ran');
  });

  it('lets settings silence or re-grade a rule', () => {
    const text = lines('---', 'status: bananas', '---', '# T');
    assert.ok(!analyze(text, undefined, { settings: { rules: { 'unknown-status': 'off' } } }).findings.some((f) => f.code === 'unknown-status'));
    assert.equal(analyze(text, undefined, { settings: { rules: { 'unknown-status': 'error' } } }).findings.find((f) => f.code === 'unknown-status')?.severity, 'error');
  });

  it('honours a disable directive for any rule list, not only the built-in one', () => {
    const reporting: Rule = {
      meta: { id: 'always-reports', title: 't', description: 'd', defaultSeverity: 'warning', fixable: false },
      check(context) {
        context.report({ message: 'reported', range: context.typed.document.lines.lineRange(0) });
      },
    };
    const typed = lines('---', 'type: adr', 'status: accepted', '---', '# T');
    assert.equal(analyze(typed, undefined, { rules: [reporting] }).findings.filter((f) => f.code === 'always-reports').length, 1);
    const byComment = lines('---', 'type: adr', 'status: accepted', '---', '# T', '', '<!-- leaddocs-disable always-reports -->');
    assert.deepEqual(analyze(byComment, undefined, { rules: [reporting] }).findings.map((f) => f.code), []);
    const byFrontMatter = lines('---', 'type: adr', 'status: accepted', 'leaddocs-disable: [always-reports]', '---', '# T');
    assert.deepEqual(analyze(byFrontMatter, undefined, { rules: [reporting] }).findings.map((f) => f.code), []);
  });
});
