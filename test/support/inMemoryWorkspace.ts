import {
  applyTextEdits,
  builtinDocTypes,
  createEngine,
  LineIndex,
  defaultWorkspaceCheckContext,
  WorkspaceCatalog,
  type DocumentAnalysis,
  type EngineOptions,
  type Finding,
  type Fix,
  type WorkspaceCheckContext,
} from '../../server/src/engine';

/**
 * A workspace held in memory: repository-relative path → text. Every document is analysed,
 * catalogued and checked across the workspace the way the server and the CLI do it.
 */
export class InMemoryWorkspace {
  private readonly engine;
  readonly texts: Map<string, string>;

  constructor(files: Readonly<Record<string, string>>, options: Partial<EngineOptions> = {}, private readonly otherFiles: readonly string[] = []) {
    this.engine = createEngine({ docTypes: builtinDocTypes, ...options });
    this.texts = new Map(Object.entries(files));
  }

  analysis(path: string): DocumentAnalysis {
    const text = this.texts.get(path);
    if (text === undefined) throw new Error(`no file ${path} in the test workspace`);
    return this.analysisOf(path, text);
  }

  /** A document that is not (yet) in the workspace, analysed as if it were at the path. */
  analysisOf(path: string, text: string): DocumentAnalysis {
    return this.engine.analyze({ uri: uriOf(path), path, text });
  }

  catalog(): WorkspaceCatalog {
    const entries = [...this.texts.keys()].flatMap((path) => {
      const entry = this.analysis(path).catalogEntry;
      return entry === null ? [] : [entry];
    });
    const known = new Set([...this.texts.keys(), ...this.otherFiles]);
    return new WorkspaceCatalog(entries, (path) => known.has(path));
  }

  /** Cross-document findings of one file, on a given day. */
  check(path: string, today = '2026-01-15', staleProposalDays = 30, addedOn?: WorkspaceCheckContext['addedOn']): Finding[] {
    const catalog = this.catalog();
    const entry = catalog.entry(uriOf(path));
    if (entry === undefined) return [];
    return this.engine.checkWorkspace(entry, catalog, { ...defaultWorkspaceCheckContext(today), staleProposalDays, ...(addedOn === undefined ? {} : { addedOn }) });
  }

  codes(path: string, today?: string): string[] {
    return this.check(path, today).map((finding) => finding.code);
  }

  /** Applies a fix, to this document and to the others it edits. */
  apply(path: string, fix: Fix): void {
    this.texts.set(path, applyTextEdits(new LineIndex(this.texts.get(path) ?? ''), fix.edits));
    for (const other of fix.otherDocuments ?? []) {
      const otherPath = pathOf(other.uri);
      this.texts.set(otherPath, applyTextEdits(new LineIndex(this.texts.get(otherPath) ?? ''), other.edits));
    }
  }
}

export function uriOf(path: string): string {
  return `file:///repo/${path}`;
}

function pathOf(uri: string): string {
  return uri.replace('file:///repo/', '');
}
