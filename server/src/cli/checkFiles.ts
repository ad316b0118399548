import { pathToFileURL } from 'node:url';
import type { CatalogEntry } from '../engine/index';
import { gitAddedDates } from '../host/nodeGitHistory';
import { analyseWorkspace, type AnalyseOptions } from './analyseWorkspace';
import { byPosition, reportedFinding, type CheckedFile, type CheckReport, type FileProblem } from './checkReport';
import type { CliIo } from './cliIo';
import { shownPath } from './shownPath';
import { packageVersion } from './version';

export interface RunOptions extends AnalyseOptions {
  /** YYYY-MM-DD: the day review dates and due dates are judged against. */
  readonly today: string;
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
 * The work `check` and `fix` share: the workspace analysed, the cross-document rules run over
 * its whole catalogue, and a report of the files the paths name, in path order.
 */
export async function checkFiles(options: RunOptions, io: CliIo): Promise<RunResult> {
  // The repository's history is read while the workers analyse.
  const history = gitAddedDates([pathToFileURL(io.cwd).href]);
  const { workspace, selection, files, outcomes, catalog } = await analyseWorkspace(options, io);
  const named = new Set(selection.files);
  const context = { today: options.today, staleProposalDays: workspace.host.settings.decisionLog.staleProposalDays, addedOn: await history };
  const crossDocument = (entry: CatalogEntry | null): CheckedFile['findings'] => (entry === null ? [] : workspace.host.engine.checkWorkspace(entry, catalog, context).map(reportedFinding));

  const checked: CheckedFile[] = [];
  const fileProblems: FileProblem[] = [];
  const fixes: FileFix[] = [];
  outcomes.forEach((outcome, index) => {
    const file = files[index] as string;
    if (!named.has(file)) return;
    const path = shownPath(io.cwd, file);
    if ('problem' in outcome) {
      fileProblems.push({ path, message: outcome.problem });
      return;
    }
    checked.push({ path, type: outcome.type, findings: [...outcome.findings, ...crossDocument(outcome.catalogEntry)].sort(byPosition) });
    if (outcome.fixed !== undefined && outcome.fixed.after !== outcome.fixed.before) fixes.push({ path, file, ...outcome.fixed });
  });
  const byPath = <T extends { path: string }>(a: T, b: T): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const report: CheckReport = {
    toolVersion: packageVersion(),
    cwd: io.cwd,
    files: checked.sort(byPath),
    pathProblems: selection.problems,
    fileProblems: fileProblems.sort(byPath),
    configProblems: workspace.host.problems,
    rules: workspace.host.engine.rules,
  };
  return { report, fixes: fixes.sort(byPath) };
}
