// Runs the engine over labelled corpus documents as the language server would: built-in types,
// and each document's path within its repository, so folder and file-name signals count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinDocTypes, createEngine } from '../../server/src/engine';
import type { CorpusLabel } from './corpusLabels';
import type { DetectionOutcome } from './detectionReport';

export function analyseCorpus(labels: readonly CorpusLabel[], filesRoot: string): DetectionOutcome[] {
  const engine = createEngine({ docTypes: builtinDocTypes });
  return labels.map((label) => {
    const file = join(filesRoot, label.path);
    return { label, analysis: engine.analyze({ uri: pathToFileURL(file).href, path: label.source.path, text: readFileSync(file, 'utf8') }) };
  });
}
