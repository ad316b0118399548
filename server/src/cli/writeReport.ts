import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CheckReport } from './checkReport';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';
import type { CheckSettings } from './checkOptions';

/**
 * Prints what went wrong with the run itself on stderr (every format: a machine format's stdout
 * stays parseable), then writes the report to stdout or `--output`.
 */
export async function writeReport(report: CheckReport, settings: CheckSettings, io: CliIo): Promise<void> {
  for (const problem of report.configProblems) io.err(`leaddocs: ${problem}\n`);
  for (const problem of report.pathProblems) io.err(`leaddocs: ${problem.path}: ${problem.message}\n`);
  const toFile = settings.output !== undefined;
  const text = settings.format(report, { colour: io.colour && !toFile, failAt: settings.policy.failAt });
  if (!toFile) {
    io.out(text);
    return;
  }
  try {
    await writeFile(resolve(io.cwd, settings.output as string), text);
  } catch (error) {
    throw new CliError(`Cannot write the report to ${settings.output as string}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
}
