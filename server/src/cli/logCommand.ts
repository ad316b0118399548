import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderDecisionLog } from '../engine/index';
import { uriOfPath } from '../host/repositoryPaths';
import { analyseWorkspace, DEFAULT_BUDGET_SECONDS } from './analyseWorkspace';
import { CliError, EXIT_FINDINGS, EXIT_USAGE } from './cliError';
import type { CliCommand, CliIo } from './cliIo';
import { parseCommandArgs } from './parseCommandArgs';
import { shownPath } from './shownPath';

const USAGE = `Usage: leaddocs log [--check]

Writes the decision log of every ADR folder in the workspace: the file named by
leaddocs.decisionLog.file (default README.md) in each folder, listing every ADR
with number, title, status, date and supersession, between markers so the rest
of the file stays yours. Running it twice changes nothing.

Options:
      --check   Write nothing; exit 1 when a log is missing or stale (for CI)
  -h, --help    Show this help

Exit codes: 0 every log written or current; 1 a log is stale (--check);
2 usage or configuration error; 3 internal error.
`;

const OPTIONS = {
  check: { type: 'boolean' },
} as const;

export const logCommand: CliCommand = {
  name: 'log',
  summary: 'Write the decision log of each ADR folder (--check: fail when stale)',
  usage: USAGE,
  run: runLog,
};

async function runLog(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('log', args, OPTIONS);
  if (positionals.length > 0) throw new CliError('"leaddocs log" takes no paths: it writes the log of every ADR folder in the workspace.', EXIT_USAGE, 'Run "leaddocs log --help" for usage.');
  const { workspace, catalog } = await analyseWorkspace({ paths: [], jobs: undefined, budgetSeconds: DEFAULT_BUDGET_SECONDS, fix: false }, io);
  for (const problem of workspace.host.problems) io.err(`leaddocs: ${problem}\n`);
  const { file, order } = workspace.host.settings.decisionLog;

  let stale = 0;
  // Each ADR folder's log, found from one of its decisions: folders are repository paths.
  const logs = [...catalog.decisionFolders()].flatMap(([folder, decisions]) => {
    const logPath = `${folder}${file}`;
    const anchor = decisions[0];
    const uri = anchor === undefined ? undefined : uriOfPath(logPath, anchor);
    return uri === undefined ? [] : [{ logPath, target: fileURLToPath(uri) }];
  });
  for (const { logPath, target } of logs) {
    const shown = shownPath(io.cwd, target);
    const existing = await readFile(target, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw new CliError(`${shown}: cannot be read: ${error.code ?? error.message}.`);
    });
    const next = renderDecisionLog(catalog, { logPath, order }, existing);
    if (next === existing) {
      io.out(`${shown} is up to date.\n`);
    } else if (values.check === true) {
      stale++;
      io.out(`${shown} is ${existing === undefined ? 'missing' : 'stale'}.\n`);
    } else {
      await writeFile(target, next).catch((error: NodeJS.ErrnoException) => {
        throw new CliError(`${shown}: cannot be written: ${error.code ?? error.message}.`);
      });
      io.out(`Wrote ${shown}.\n`);
    }
  }
  if (logs.length === 0) io.out('No ADR folder found: no decision log to write.\n');
  if (stale > 0) {
    io.err(`Run "leaddocs log" to update ${stale === 1 ? 'it' : 'them'}.\n`);
    return EXIT_FINDINGS;
  }
  return workspace.host.problems.length > 0 ? EXIT_USAGE : 0;
}
