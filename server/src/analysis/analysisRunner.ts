import type { CatalogEntry, DocumentAnalysis, DocumentSource, EngineSettings, ResolvedDocType } from '../engine';

/** What an engine is built from: plain data, so that it can be handed to a worker thread. */
export interface EngineInputs {
  readonly docTypes: readonly ResolvedDocType[];
  readonly settings: EngineSettings;
}

/** What each kind of job answers with. */
export interface JobValues {
  /** The whole analysis: diagnostics, documentInfo, authoring help, export and preview read it. */
  readonly analysis: DocumentAnalysis;
  /** What the workspace index keeps of a file on disk; null when it is no leadership document. */
  readonly catalogEntry: CatalogEntry | null;
  /** The text after every safe fix, applied until none is left (fix-all). */
  readonly fixAll: string;
}

export type JobKind = keyof JobValues;

/**
 * Open documents are what the user looks at: their jobs go before any background job (the
 * workspace index), which never occupies more than one worker.
 */
export type JobPriority = 'open' | 'background';

/**
 * A file on disk for the workspace index: only its entry (and the text's hash) come back.
 */
export interface FileToCatalog {
  readonly uri: string;
  readonly path?: string;
  readonly workspacePath?: string;
  /**
   * Its text, when the server's thread read it; else the worker reads the file. A cold scan
   * waits on the worker alone while the server's thread is mostly idle, so reading there takes
   * the reads (8% of the worker's time on 10,000 small files) off the scan's critical path.
   */
  readonly text?: string;
  /** Hashes of texts the index already has entries for: the same text again is not analysed. */
  readonly knownHashes: readonly string[];
}

/** What became of a file to catalogue: its text's hash, and its entry unless the text was a known one. */
export type CataloguedFile = { readonly hash: string; readonly known: true } | { readonly hash: string; readonly known: false; readonly entry: CatalogEntry | null };

/** A job either completes, or is stopped once it has used its time budget. */
export type JobOutcome<Value> = { readonly completed: true; readonly value: Value } | { readonly completed: false; readonly stoppedAfterMs: number };

/**
 * Runs engine work for the server. The Node server runs it in worker threads that are
 * terminated when a job overruns its budget, so that no document can stall another; a browser
 * worker or a test runs it in process. Both give the same results: the engine is pure.
 * A job whose engine throws rejects with that error.
 */
export interface AnalysisRunner {
  /** Jobs submitted from now on use an engine built from these inputs. */
  configure(inputs: EngineInputs): void;
  /**
   * Jobs of this priority are coming (a document was opened, a scan will analyse every file):
   * whatever they run on may start now, while the engine is still being built, rather than when
   * the first job arrives.
   */
  prepare(priority: JobPriority): void;
  run<Kind extends JobKind>(kind: Kind, source: DocumentSource, priority: JobPriority): Promise<JobOutcome<JobValues[Kind]>>;
  /**
   * A background job that reads the file itself: present only where the engine runs next to the
   * disk (Node worker threads). Rejects when the file cannot be read.
   */
  catalogFile?(file: FileToCatalog): Promise<JobOutcome<CataloguedFile>>;
  /**
   * The background has no more work in sight (the workspace index's scan is over): what it ran
   * on may go now rather than after an idle while; the next background job starts it again.
   * Absent where nothing is kept between jobs.
   */
  releaseBackground?(): void;
  dispose(): void;
}
