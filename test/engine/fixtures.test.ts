import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinDocTypes, createEngine } from '../../server/src/engine';
import { readExpectations } from '../support/fixtureExpectations';
import { loadFixtures } from '../support/fixtureFiles';

const engine = createEngine({ docTypes: builtinDocTypes });

describe('fixtures: findings match the inline expectations', () => {
  for (const fixture of loadFixtures()) {
    it(fixture.path, () => {
      const analysis = engine.analyze({ uri: `file:///fixtures/${fixture.path}`, path: fixture.path, text: fixture.text });
      const expected = readExpectations(fixture.text);
      const actual = analysis.findings.map((finding) => `${finding.code}@${finding.range.start.line}`).sort();
      const details = analysis.findings.map((f) => `  ${f.code}@${f.range.start.line}: ${f.message}`).join('\n');
      assert.deepEqual(actual, expected.findings, `findings differ for ${fixture.path} (type ${String(analysis.type)}):\n${details}`);
      if (expected.score !== undefined) assert.equal(analysis.score, expected.score, `score of ${fixture.path}`);
      if (fixture.path.startsWith('not-leaddocs/')) assert.equal(analysis.type, null, `${fixture.path} must not be typed`);
      else assert.notEqual(analysis.type, null, `${fixture.path} must be detected as a leadership document`);
    });
  }
});
