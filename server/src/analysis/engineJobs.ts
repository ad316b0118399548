import { fixAllText, type DocumentSource, type Engine } from '../engine';
import type { JobKind, JobValues } from './analysisRunner';

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
