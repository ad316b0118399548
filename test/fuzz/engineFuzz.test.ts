import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { describeMutatedDocument, mutatedDocumentArbitrary } from './documentMutations';
import { analyzerFor, documentViolations } from './engineProperties';
import { fuzzSeeds } from './fuzzSeeds';

// A fixed seed and a bounded count keep the suite repeatable and quick; `npm run fuzz` is the long run.
const SEED = 8_2026;
const RUNS_PER_DOCUMENT = 10;

describe('fuzzed fixtures, templates and snippets keep the engine\'s promises (ranges, determinism, safe fixes, fix-all)', () => {
  fuzzSeeds().forEach((seed, index) => {
    it(seed.name, () => {
      assert.deepEqual(documentViolations(analyzerFor(seed.path), seed.text), [], 'the document as it is');
      fc.assert(
        fc.property(mutatedDocumentArbitrary([seed]), (document) => {
          assert.deepEqual(documentViolations(analyzerFor(document.path), document.text), [], describeMutatedDocument(document));
        }),
        { seed: SEED + index, numRuns: RUNS_PER_DOCUMENT, includeErrorInReport: true },
      );
    });
  });
});
