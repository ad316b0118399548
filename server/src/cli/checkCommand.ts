import { checkFiles } from './checkFiles';
import { CHECK_OPTIONS, CHECK_OPTIONS_HELP, EXIT_CODES_HELP, readCheckSettings } from './checkOptions';
import type { CliCommand, CliIo } from './cliIo';
import { exitStatus } from './exitStatus';
import { parseCommandArgs } from './parseCommandArgs';
import { writeReport } from './writeReport';

const USAGE = `Usage: leaddocs check [paths…] [options]

Checks leadership documents with the workspace's settings and document types
(the nearest .vscode/settings.json, .leaddocs.json or .git above the current folder).
Paths may be files, folders or globs ("docs/**/*.md"); the default is the current
folder. Folders are searched for markdown files, skipping what .gitignore ignores.

Options:
${CHECK_OPTIONS_HELP}

${EXIT_CODES_HELP}
`;

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check documents and report findings (text, json, sarif, github, junit)',
  usage: USAGE,
  run: runCheck,
};

async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, CHECK_OPTIONS);
  const settings = readCheckSettings('check', values);
  const { report } = await checkFiles({ paths: positionals, jobs: settings.jobs, budgetSeconds: settings.budgetSeconds, today: settings.today, fix: false }, io);
  writeReport(report, settings, io);
  return exitStatus(report, settings.policy);
}
