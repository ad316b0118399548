import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WorkspaceCatalog } from '../engine/index';
import { IdleCoreSampler } from '../host/nodeIdleCoreSampler';
import { workersForIdleCores } from '../host/nodeWorkerSizing';
import { uriOfPath } from '../host/repositoryPaths';
import type { DocumentPaths } from '../host/repositoryPaths';
import { analyseInWorkers, type TaskSpec } from './analysisPool';
import type { AnalysisOutcome } from './analysisWorker';
import type { CliIo } from './cliIo';
import { openWorkspace, type CliWorkspace } from './cliWorkspace';
import { progressLine } from './progressLine';
import { selectFiles, type SelectedFiles } from './selectFiles';

/** Files per worker below which another worker costs more to start than it saves. */
const FILES_PER_WORKER = 200;
/** Each worker holds its own engine; more than this buys little and costs memory. */
const MAX_DEFAULT_JOBS = 4;
export const DEFAULT_BUDGET_SECONDS = 10;

export interface AnalyseOptions {
  /** What the user named; every markdown file of the workspace is analysed besides. */
  readonly paths: readonly string[];
  /** Worker threads; the default follows the number of files and cores. */
  readonly jobs: number | undefined;
  readonly budgetSeconds: number;
  /** Apply safe fixes to the named files too (in the workers; writing stays with the caller). */
  readonly fix: boolean;
}

export interface WorkspaceAnalysis {
  readonly workspace: CliWorkspace;
  readonly selection: SelectedFiles;
  /** Every file analysed, sorted: the named ones and the rest of the workspace. */
  readonly files: readonly string[];
  /** One per file, in the same order. */
  readonly outcomes: readonly AnalysisOutcome[];
  /** Every leadership document of the workspace, for the cross-document rules and the log. */
  readonly catalog: WorkspaceCatalog;
}

/**
 * Analyses the workspace's markdown on worker threads, each file within its time budget. The
 * cross-document rules and the decision log need every document, whatever the paths name, so
 * the whole workspace is read; the caller reports only what was named.
 */
export async function analyseWorkspace(options: AnalyseOptions, io: CliIo): Promise<WorkspaceAnalysis> {
  // How busy the machine is, measured while the settings are read, decides how many workers join the first.
  const cores = new IdleCoreSampler();
  const opening = openWorkspace(io.cwd);
  const found = opening.then((workspace) => findTasks(options, io, workspace));
  const progress = progressLine(io.err, io.errIsTerminal, options.fix ? 'Fixing' : 'Checking');
  let outcomes: AnalysisOutcome[];
  try {
    // The first worker starts while the settings are read and the files found.
    outcomes = await analyseInWorkers(
      found.then(({ tasks }) => tasks),
      {
        workerScript: io.workerScript,
        recipe: opening.then((workspace) => workspace.recipe),
        workers: options.jobs === undefined ? { wanted: opening.then(async () => defaultJobs(await cores.measured())), filesPerWorker: FILES_PER_WORKER } : { wanted: options.jobs, filesPerWorker: 1 },
        budgetMs: options.budgetSeconds * 1000,
        onSettled: (settled, total) => progress.update(settled, total),
      },
    );
  } finally {
    progress.clear();
  }
  const workspace = await opening;
  const { selection, files } = await found;
  const entries = outcomes.flatMap((outcome) => ('catalogEntry' in outcome && outcome.catalogEntry !== null ? [outcome.catalogEntry] : []));
  // Catalogue paths are within each document's repository, which may sit above the workspace.
  const catalog = new WorkspaceCatalog(entries, (path, from) => {
    const uri = uriOfPath(path, from);
    return uri === undefined ? undefined : existsSync(fileURLToPath(uri));
  });
  return { workspace, selection, files, outcomes, catalog };
}

interface FoundTasks {
  readonly selection: SelectedFiles;
  /** Every file to analyse, sorted: the named ones and the rest of the workspace. */
  readonly files: readonly string[];
  readonly tasks: readonly TaskSpec[];
}

async function findTasks(options: AnalyseOptions, io: CliIo, workspace: CliWorkspace): Promise<FoundTasks> {
  const selection = await selectFiles(options.paths, io.cwd, workspace.root);
  // `leaddocs check` run at the root names the whole workspace: walk it once.
  const namesRoot = options.paths.length <= 1 && resolve(io.cwd, options.paths[0] ?? '.') === workspace.root;
  const everything = namesRoot ? selection : await selectFiles([workspace.root], workspace.root, workspace.root);
  const named = new Set(selection.files);
  const files = [...new Set([...selection.files, ...everything.files])].sort();
  // The language server's paths: detection reads the path within the repository, so a command
  // run from a subfolder types documents as one run from the repository's root.
  const paths = await documentPathsOf(files, workspace);
  const tasks = files.map((file, index) => ({ file, ...(paths[index] as DocumentPaths), fix: options.fix && named.has(file) }));
  return { selection, files, tasks };
}

/**
 * Each file's paths, asked of the host once per folder: the files of a folder share its paths
 * but for their own names. Asking once per file cost 150 ms on 10,000 files, before any could be checked.
 */
async function documentPathsOf(files: readonly string[], workspace: CliWorkspace): Promise<DocumentPaths[]> {
  const byFolder = new Map<string, Promise<{ readonly paths: DocumentPaths; readonly name: string }>>();
  return Promise.all(
    files.map(async (file) => {
      const folder = dirname(file);
      let first = byFolder.get(folder);
      if (first === undefined) {
        first = workspace.host.documentPaths(pathToFileURL(file).href).then((paths) => ({ paths, name: basename(file) }));
        byFolder.set(folder, first);
      }
      const { paths, name } = await first;
      const fits = (path: string | undefined): boolean => path === undefined || path.endsWith(`/${name}`) || path === name;
      // A name the host spells differently (an encoding it undid) is asked about on its own.
      if (!fits(paths.path) || !fits(paths.workspacePath)) return workspace.host.documentPaths(pathToFileURL(file).href);
      const renamed = (path: string | undefined): string | undefined => (path === undefined ? undefined : path.slice(0, path.length - name.length) + basename(file));
      return { path: renamed(paths.path), workspacePath: renamed(paths.workspacePath) };
    }),
  );
}

/** As many workers as the language server would run on these idle cores, at most MAX_DEFAULT_JOBS; the pool runs none that would have fewer than FILES_PER_WORKER files. */
function defaultJobs(idleCores: number): number {
  return Math.min(workersForIdleCores(idleCores), MAX_DEFAULT_JOBS);
}
