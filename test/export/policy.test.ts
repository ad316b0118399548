import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinDocTypes, createEngine } from '../../server/src/engine/index';
import type { Finding } from '../../server/src/engine/findings';
import { checkExportable, type ExportableAnalysis } from '../../server/src/export/index';
import { BRIEF_PATH, fixtureText } from './exportTestSupport';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const finding = (severity: Finding['severity'], message: string): Finding => ({ code: 'x', severity, message, range });
const analysis = (overrides: Partial<ExportableAnalysis>): ExportableAnalysis => ({ type: 'brief', typeLabel: 'Executive brief', score: 100, passMark: 80, findings: [], ...overrides });

describe('export policy', () => {
  it('lets a complete brief through with nothing to ask', () => {
    assert.deepEqual(checkExportable(analysis({}), { requireType: 'brief' }), { refusal: undefined, concerns: [] });
  });

  it('refuses "Export Brief" for another type, naming what the document is', () => {
    const verdict = checkExportable(analysis({ type: 'adr', typeLabel: 'ADR' }), { requireType: 'brief', requiredTypeLabel: 'an executive brief' });
    assert.match(verdict.refusal ?? '', /^This document is not an executive brief: it reads as an ADR\./);
    const plain = checkExportable(analysis({ type: null, typeLabel: null, score: null }), { requireType: 'brief' });
    assert.match(plain.refusal ?? '', /not recognised as a leadership document/);
  });

  it('exports any type when no type is required', () => {
    assert.equal(checkExportable(analysis({ type: 'postmortem', typeLabel: 'Postmortem' })).refusal, undefined);
  });

  it('raises error-level findings and a score under the pass mark as concerns, warnings alone are not', () => {
    const verdict = checkExportable(analysis({ score: 62.4, findings: [finding('error', 'Missing section "Asks"'), finding('warning', 'Long summary'), finding('error', 'No owner')] }));
    assert.deepEqual(verdict.concerns, ['2 error-level findings: Missing section "Asks"; No owner', 'Completeness is 62%, below the pass mark of 80%.']);
    assert.deepEqual(checkExportable(analysis({ findings: [finding('warning', 'w')] })).concerns, []);
  });

  it('accepts the engine\'s own analysis of the fixture brief', () => {
    const result = createEngine({ docTypes: builtinDocTypes }).analyze({ uri: 'file:///brief.md', path: 'briefs/platform-migration-brief.md', text: fixtureText('platform-migration-brief.md') });
    assert.equal(result.type, 'brief', `fixture at ${BRIEF_PATH} should read as a brief`);
    assert.equal(checkExportable(result, { requireType: 'brief' }).refusal, undefined);
  });
});
