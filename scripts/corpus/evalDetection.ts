// Measures detection and status reading on the labelled corpus of real documents (issue 9),
// each split on its own: the tuning split (labels.json) that detection was developed against,
// then the held-out split (heldout.json) from repositories the tuning split never saw.
// `--check` exits non-zero when a target of the issue is not met on any split.
//
//   npm run eval:detection [-- --check] [-- --files DIR] [-- --split tuning|heldout]
//
// The engine is driven as the server drives it: built-in types, and each document's path
// within its repository, so folder and file-name signals behave as in the editor.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinDocTypes, createEngine } from '../../server/src/engine';
import { optionValue } from './commandLine';
import { corpusSplits, defaultFilesRoot, readLabels, type CorpusSplit } from './corpusLabels';
import { detectionReport, type DetectionOutcome } from './detectionReport';

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

const engine = createEngine({ docTypes: builtinDocTypes });
let failed = false;
for (const split of splits) {
  const outcomes: DetectionOutcome[] = readLabels(split).map((label) => {
    const file = join(filesRoot, label.path);
    return { label, analysis: engine.analyze({ uri: pathToFileURL(file).href, path: label.source.path, text: readFileSync(file, 'utf8') }) };
  });
  const report = detectionReport(outcomes);
  console.log(`\n===== ${split} split (${split === 'tuning' ? 'labels.json: detection was developed against these' : 'heldout.json: repositories the tuning split never saw'}) =====\n`);
  console.log(report.lines.join('\n'));
  failed ||= report.results.some((result) => !result.met);
}
if (process.argv.includes('--check') && failed) process.exit(1);
