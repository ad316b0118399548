import { fixAllText, workspaceEntryOf, type DocumentAnalysis, type DocumentSource, type Engine, type ResolvedDocType, type WorkspaceEntry } from '../engine';
import type { JobKind, JobValues } from './analysisRunner';

/** Does one job with an engine: the same code in a worker thread and in process. */
export function performJob<Kind extends JobKind>(engine: Engine, kind: Kind, source: DocumentSource): JobValues[Kind] {
  const analysis = engine.analyze(source);
  const values: { readonly [K in JobKind]: () => JobValues[K] } = {
    analysis: () => analysis,
    workspaceEntry: () => workspaceEntryFor(analysis, engine.docTypes),
    fixAll: () => fixAllText(analysis, (text) => engine.analyze({ ...source, text })),
  };
  return values[kind]();
}

/** What the workspace index keeps of an analysis; null when the document has no type. */
export function workspaceEntryFor(analysis: DocumentAnalysis, docTypes: readonly ResolvedDocType[]): WorkspaceEntry | null {
  if (analysis.type === null) return null;
  return workspaceEntryOf(analysis, docTypes.find((docType) => docType.spec.id === analysis.type)?.spec);
}
