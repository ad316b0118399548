import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { analyseInWorkers } from './analysisPool';
import type { AnalysisOutcome } from './analysisWorker';
import type { CheckedFile, CheckReport, FileProblem } from './checkReport';
import type { CliIo } from './cliIo';
import { openWorkspace } from './cliWorkspace';
import { progressLine } from './progressLine';
import { selectFiles } from './selectFiles';
import { shownPath, toPosix } from './shownPath';
import { packageVersion } from './version';

/** Files per worker below which another worker costs more to start than it saves. */
const FILES_PER_WORKER = 200;
/** Each worker holds its own engine; more than this buys little and costs memory. */
const MAX_DEFAULT_JOBS = 4;
export const DEFAULT_BUDGET_SECONDS = 10;

export interface RunOptions {
  readonly paths: readonly string[];
  /** Worker threads; the default follows the number of files and cores. */
  readonly jobs: number | undefined;
  readonly budgetSeconds: number;
  /** Apply safe fixes too (in the workers; writing stays with the caller). */
  readonly fix: boolean;
}

export interface FileFix {
  readonly path: string;
  /** Absolute, for writing. */
  readonly file: string;
  readonly before: string;
  readonly after: string;
}

export interface RunResult {
  readonly report: CheckReport;
  /** With `fix`: each file whose text the fixes changed. */
  readonly fixes: readonly FileFix[];
}

/**
 * The work `check` and `fix` share: the workspace's engine, the files the paths name, each file
 * analysed on a worker thread within its time budget, and a report in path order.
 */
export async function checkFiles(options: RunOptions, io: CliIo): Promise<RunResult> {
  const workspace = await openWorkspace(io.cwd);
  const selection = await selectFiles(options.paths, io.cwd, workspace.root);
  const shown = (file: string): string => shownPath(io.cwd, file);
  const tasks = selection.files.map((file) => {
    const inside = toPosix(relative(workspace.root, file));
    return { file, workspacePath: inside.startsWith('../') ? undefined : inside, fix: options.fix };
  });

  const progress = progressLine(io.err, io.errIsTerminal, options.fix ? 'Fixing' : 'Checking');
  const jobs = options.jobs ?? Math.min(availableParallelism(), MAX_DEFAULT_JOBS, Math.ceil(tasks.length / FILES_PER_WORKER));
  let outcomes: AnalysisOutcome[];
  try {
    outcomes = await analyseInWorkers(tasks, {
      workerScript: io.workerScript,
      recipe: workspace.recipe,
      jobs,
      budgetMs: options.budgetSeconds * 1000,
      onSettled: (settled, total) => progress.update(settled, total),
    });
  } finally {
    progress.clear();
  }

  const files: CheckedFile[] = [];
  const fileProblems: FileProblem[] = [];
  const fixes: FileFix[] = [];
  outcomes.forEach((outcome, index) => {
    const file = selection.files[index] as string;
    const path = shown(file);
    if ('problem' in outcome) {
      fileProblems.push({ path, message: outcome.problem });
      return;
    }
    files.push({ path, type: outcome.type, findings: outcome.findings });
    if (outcome.fixed !== undefined && outcome.fixed.after !== outcome.fixed.before) fixes.push({ path, file, ...outcome.fixed });
  });
  const byPath = <T extends { path: string }>(a: T, b: T): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const report: CheckReport = {
    toolVersion: packageVersion(),
    cwd: io.cwd,
    files: files.sort(byPath),
    pathProblems: selection.problems,
    fileProblems: fileProblems.sort(byPath),
    configProblems: workspace.host.problems,
    rules: workspace.host.engine.rules,
  };
  return { report, fixes: fixes.sort(byPath) };
}
