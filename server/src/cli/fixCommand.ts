import { writeFile } from 'node:fs/promises';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { checkFiles, type FileFix } from './checkFiles';
import { CHECK_OPTIONS, CHECK_OPTIONS_HELP, EXIT_CODES_HELP, readCheckSettings } from './checkOptions';
import type { CliCommand, CliIo } from './cliIo';
import { exitStatus } from './exitStatus';
import { parseCommandArgs } from './parseCommandArgs';
import { plural, summaryLine } from './report/textReport';
import { writeReport } from './writeReport';

const USAGE = `Usage: leaddocs fix [paths…] [options]

Applies every safe fix (the editor's "Fix All") to the documents the paths name,
then reports the findings that remain. Paths work as for "leaddocs check".

Options:
      --dry-run             Change nothing: print the fixes as a unified diff on
                            stdout (for git apply or patch -p1), the remaining
                            findings' summary on stderr
${CHECK_OPTIONS_HELP}

${EXIT_CODES_HELP}
The exit code follows the findings that remain after fixing.
`;

export const fixCommand: CliCommand = {
  name: 'fix',
  summary: 'Apply safe fixes (--dry-run prints them as a diff)',
  usage: USAGE,
  run: runFix,
};

async function runFix(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('fix', args, { ...CHECK_OPTIONS, 'dry-run': { type: 'boolean' } });
  const settings = readCheckSettings('fix', values);
  const { report, fixes } = await checkFiles({ paths: positionals, jobs: settings.jobs, budgetSeconds: settings.budgetSeconds, today: settings.today, fix: true }, io);

  if (values['dry-run'] === true) {
    for (const fix of fixes) io.out(unifiedDiff(fix));
    for (const problem of report.configProblems) io.err(`leaddocs: ${problem}\n`);
    for (const problem of [...report.pathProblems, ...report.fileProblems]) io.err(`leaddocs: ${problem.path}: ${problem.message}\n`);
    io.err(`Would fix ${plural(fixes.length, 'file')}. After fixing: ${summaryLine(report)}\n`);
    return exitStatus(report, settings.policy);
  }

  const unwritten: { path: string; message: string }[] = [];
  for (const fix of fixes) {
    try {
      await writeFile(fix.file, fix.after);
      io.err(`Fixed ${fix.path}\n`);
    } catch (error) {
      unwritten.push({ path: fix.path, message: `cannot be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.` });
    }
  }
  const final = { ...report, fileProblems: [...report.fileProblems, ...unwritten] };
  writeReport(final, settings, io);
  return exitStatus(final, settings.policy);
}

/** `--- a/path` / `+++ b/path` headers, so `git apply` and `patch -p1` take the output as it is. */
function unifiedDiff(fix: FileFix): string {
  return createTwoFilesPatch(`a/${fix.path}`, `b/${fix.path}`, fix.before, fix.after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}
