import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyseCorpus } from '../../scripts/corpus/analyseCorpus';
import { defaultFilesRoot, readLabels, type CorpusSplit } from '../../scripts/corpus/corpusLabels';
import { detectionReport, detectionTargets } from '../../scripts/corpus/detectionReport';

// The corpus documents are third-party content and stay out of the repository (README.md), so
// a clean clone, and CI, has only their labels: there these checks are skipped and say why.
// After `npm run corpus:rebuild -- --mirrors DIR` they hold detection to issue 9's targets.
const labels = readLabels();
const missing = labels.filter((label) => !existsSync(join(defaultFilesRoot, label.path))).length;
const skip = missing === 0 ? false : `${missing} of ${labels.length} corpus documents are not in test/corpus/files; npm run corpus:rebuild -- --mirrors DIR writes them`;

type Figures = typeof detectionTargets;

function assertFigures(split: CorpusSplit, least: Figures): void {
  const results = new Map(detectionReport(analyseCorpus(readLabels(split), defaultFilesRoot)).results.map((result) => [result.name, result.value]));
  const value = (name: string): number => results.get(name) ?? Number.NaN;
  assert.ok(value('ADR recall') >= least.adrRecall, `ADR recall ${value('ADR recall')}`);
  assert.ok(value('postmortem recall') >= least.postmortemRecall, `postmortem recall ${value('postmortem recall')}`);
  assert.ok(value('negatives typed') <= least.negativesTyped, `negatives typed ${value('negatives typed')}`);
  assert.ok(value('ADR status right') >= least.adrStatus, `ADR status right ${value('ADR status right')}`);
}

describe('detection on the labelled corpus', () => {
  it('meets issue 9 targets on the split it was tuned on', { skip }, () => {
    assertFigures('tuning', detectionTargets);
  });

  // Not tuned against: floors at the figures first measured (README.md), so a change that loses
  // ground on collections detection never saw is noticed; raising them is no goal of its own.
  it('keeps the held-out figures from falling', { skip }, () => {
    assertFigures('heldout', { ...detectionTargets, adrRecall: 0.945 });
  });
});
