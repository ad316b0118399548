// Measures detection and status reading on the labelled corpus of real documents (issue 9),
// each split on its own: the tuning split (labels.json) that detection was developed against,
// then the held-out split (heldout.json) from repositories the tuning split never saw.
// `--check` exits non-zero when a target of the issue is not met on the tuning split; the
// held-out split is reported, not checked, so nobody is pushed to tune against it.
//
//   npm run eval:detection [-- --check] [-- --files DIR] [-- --split tuning|heldout]
//
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyseCorpus } from './analyseCorpus';
import { optionValue } from './commandLine';
import { corpusSplits, defaultFilesRoot, readLabels, type CorpusSplit } from './corpusLabels';
import { detectionReport } from './detectionReport';

const filesRoot = optionValue('--files') ?? defaultFilesRoot;
const only = optionValue('--split');
if (only !== undefined && !corpusSplits.includes(only as CorpusSplit)) {
  console.error(`--split is one of ${corpusSplits.join(', ')}.`);
  process.exit(2);
}
const splits = only === undefined ? corpusSplits : [only as CorpusSplit];
const labels = splits.flatMap((split) => readLabels(split));
const missing = labels.filter((label) => !existsSync(join(filesRoot, label.path)));
if (missing.length > 0) {
  console.error(`${missing.length} of ${labels.length} corpus documents are not in ${filesRoot} (first: ${missing[0]?.path}).`);
  console.error('Write them with `npm run corpus:rebuild -- --mirrors DIR` (see test/corpus/README.md).');
  process.exit(2);
}

let failed = false;
for (const split of splits) {
  const report = detectionReport(analyseCorpus(readLabels(split), filesRoot));
  console.log(`\n===== ${split} split (${split === 'tuning' ? 'labels.json: detection was developed against these' : 'heldout.json: repositories the tuning split never saw'}) =====\n`);
  console.log(report.lines.join('\n'));
  if (split === 'tuning') failed ||= report.results.some((result) => !result.met);
}
if (process.argv.includes('--check') && failed) process.exit(1);
