import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { disableRuleFix } from '../../server/src/engine/edits/ruleDisable';
import { fixAllEdits, fixAllText } from '../../server/src/engine/assist/fixAll';
import { applyTextEdits, builtinDocTypes, createEngine, LineIndex, type DocumentAnalysis, type TextEdit } from '../../server/src/engine';
import { firstLostLine, firstUntargetedRewrite, sameFinding } from '../support/fixChecks';
import { loadFixtures } from '../support/fixtureFiles';
import { generatedDocuments, teamTypeWithRequiredKeys } from '../support/generatedDocuments';

const engine = createEngine({ docTypes: [...builtinDocTypes, teamTypeWithRequiredKeys] });

interface Case {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

const cases: Case[] = [...loadFixtures().map((fixture) => ({ name: `fixture ${fixture.path}`, ...fixture })), ...generatedDocuments()];

function analyzer(path: string): (text: string) => DocumentAnalysis {
  return (text) => engine.analyze({ uri: `file:///workspace/${path}`, path, text });
}

/** Lines of `before` that no edit touches must all be in `after`, in their order. */
function assertKeepsUntouchedLines(before: string, after: string, edits: readonly TextEdit[], what: string): void {
  const lost = firstLostLine(before, after, edits);
  assert.equal(lost, undefined, `${what} lost the line ${JSON.stringify(lost)}\n--- after:\n${after}`);
}

describe('every fix of every finding is lossless and removes its finding', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const analyzeText = analyzer(testCase.path);
      const analysis = analyzeText(testCase.text);
      for (const finding of analysis.findings) {
        for (const fix of finding.fixes ?? []) {
          const what = `'${fix.title}' for ${finding.code} (${finding.message})`;
          const after = applyTextEdits(analysis.document.lines, fix.edits);
          assert.notEqual(after, testCase.text, `${what} changes nothing`);
          assertKeepsUntouchedLines(testCase.text, after, fix.edits, what);
          const again = analyzeText(after);
          assert.ok(!again.findings.some((other) => sameFinding(other, finding)), `${what} leaves its finding:\n${after}`);
        }
      }
    });
  }
});

describe('disabling a rule in the document silences it and keeps every line', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const analyzeText = analyzer(testCase.path);
      const analysis = analyzeText(testCase.text);
      for (const code of new Set(analysis.findings.map((finding) => finding.code))) {
        const fix = disableRuleFix(analysis.document, code);
        const after = applyTextEdits(analysis.document.lines, fix.edits);
        assertKeepsUntouchedLines(testCase.text, after, fix.edits, fix.title);
        const again = analyzeText(after);
        assert.deepEqual(again.findings.filter((finding) => finding.code === code), [], `${fix.title}:\n${after}`);
        assert.equal(again.type, analysis.type, `${fix.title} changed the document's type`);
      }
    });
  }
});

describe('fix-all applies every safe fix, once', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const analyzeText = analyzer(testCase.path);
      const analysis = analyzeText(testCase.text);
      const fixed = fixAllText(analysis, analyzeText);
      const edits = fixAllEdits(analysis, analyzeText);
      assert.equal(applyTextEdits(new LineIndex(testCase.text), edits), fixed, 'the edits reproduce the fixed text');
      // Judged against the fixes' own targets, not the diff's: the diff must not rewrite more.
      const targets = analysis.findings.flatMap((finding) => (finding.fixes ?? []).filter((fix) => fix.safe).flatMap((fix) => fix.edits));
      assertKeepsUntouchedLines(testCase.text, fixed, targets, 'fix-all');
      const rewritten = firstUntargetedRewrite(testCase.text, edits, targets);
      assert.equal(rewritten, undefined, `fix-all rewrote ${JSON.stringify(rewritten)}`);
      const fixedAnalysis = analyzeText(fixed);
      assert.equal(fixAllText(fixedAnalysis, analyzeText), fixed, 'a second fix-all changes nothing');
      assert.deepEqual(fixedAnalysis.findings.filter((finding) => finding.fixes?.some((fix) => fix.safe)).map((finding) => finding.message), [], 'no safe fix is left');
    });
  }
});
