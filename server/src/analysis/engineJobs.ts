import { fixAllText, type DocumentSource, type Engine } from '../engine';
import { contentHash } from '../host/catalogCache';
import type { CataloguedFile, FileToCatalog, JobKind, JobValues } from './analysisRunner';

/** Does one job with an engine: the same code in a worker thread and in process. */
export function performJob<Kind extends JobKind>(engine: Engine, kind: Kind, source: DocumentSource): JobValues[Kind] {
  const analysis = engine.analyze(source);
  const values: { readonly [K in JobKind]: () => JobValues[K] } = {
    analysis: () => analysis,
    catalogEntry: () => analysis.catalogEntry,
    fixAll: () => fixAllText(analysis, (text) => engine.analyze({ ...source, text })),
  };
  return values[kind]();
}

/** Catalogues a file from the text read for it; a text the index already knows is only hashed. */
export function catalogFile(engine: Engine, { knownHashes, text: _sent, ...place }: FileToCatalog, text: string): CataloguedFile {
  const hash = contentHash(text);
  if (knownHashes.includes(hash)) return { hash, known: true };
  return { hash, known: false, entry: performJob(engine, 'catalogEntry', { ...place, text }) };
}
