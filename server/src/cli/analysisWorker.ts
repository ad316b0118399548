import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { fixAllText, type CatalogEntry, type DocumentAnalysis, type Engine } from '../engine/index';
import { reportedFinding, type ReportedFinding } from './checkReport';
import { buildEngine, type EngineRecipe } from './cliWorkspace';
import { readDocumentFile } from './readDocumentFile';
import { serveTasks, type ProgressSlot } from './serveTasks';

/** One file the main thread asks a worker to check; the worker's progress slot says which it is on, so a budget names the file it stopped. */
export interface AnalysisTask {
  readonly id: number;
  /** Absolute path. */
  readonly file: string;
  /** POSIX path within the file's repository (up to the nearest `.git`): what type detection reads. */
  readonly path: string | undefined;
  /** Workspace-relative POSIX path: what a team's globs in settings are matched against. */
  readonly workspacePath: string | undefined;
  /** Also apply every safe fix and return the text before and after. */
  readonly fix: boolean;
}

export type AnalysisOutcome =
  | {
      readonly id: number;
      readonly type: string | null;
      readonly findings: readonly ReportedFinding[];
      /** What the cross-document rules read of this file: plain data, cheap to send back. */
      readonly catalogEntry: CatalogEntry | null;
      readonly fixed?: { readonly before: string; readonly after: string };
    }
  | { readonly id: number; readonly problem: string };

/**
 * What a worker is started with. Its engine's recipe comes in its first message: the worker is
 * started while the main thread still reads the workspace's settings, so loading its code and
 * warming up overlap that.
 */
export interface WorkerInit extends ProgressSlot {
  readonly leaddocsAnalysisWorker: true;
}

/** The first message to a worker. */
export interface WorkerRecipe {
  readonly recipe: EngineRecipe;
}

export function isAnalysisWorker(data: unknown): data is WorkerInit {
  return typeof data === 'object' && data !== null && (data as Partial<WorkerInit>).leaddocsAnalysisWorker === true;
}

/** The worker's side: builds the engine once from the recipe, then answers tasks until it is ended. */
export function runAnalysisWorker(): void {
  const port = parentPort;
  if (port === null || !isAnalysisWorker(workerData)) throw new Error('runAnalysisWorker runs only in a worker thread started by the analysis pool.');
  const slot = workerData;
  port.once('message', ({ recipe }: WorkerRecipe) => {
    const engine = buildEngine(recipe);
    serveTasks<AnalysisTask>(port, slot, (task) => performTask(engine, task));
  });
}

/** Reads and analyses one file (and fixes it when asked). Runs in a worker, or inline in tests. */
export function performTask(engine: Engine, task: AnalysisTask): AnalysisOutcome {
  const read = readDocumentFile(task.file);
  if ('problem' in read) return { id: task.id, problem: read.problem };
  const uri = pathToFileURL(task.file).href;
  const paths = { ...(task.path === undefined ? {} : { path: task.path }), ...(task.workspacePath === undefined ? {} : { workspacePath: task.workspacePath }) };
  const analyze = (text: string): DocumentAnalysis => engine.analyze({ uri, text, ...paths });
  const analysis = analyze(read.text);
  if (!task.fix) return { id: task.id, type: analysis.type, findings: analysis.findings.map(reportedFinding), catalogEntry: analysis.catalogEntry };
  const after = fixAllText(analysis, analyze);
  const final = after === read.text ? analysis : analyze(after);
  return { id: task.id, type: final.type, findings: final.findings.map(reportedFinding), catalogEntry: final.catalogEntry, fixed: { before: read.text, after } };
}
