import { closeSync, openSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CheckReport } from './checkReport';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';
import type { CheckSettings } from './checkOptions';

/** Pieces of a report are gathered up to this size before each write: few writes, little held. */
const WRITE_CHUNK_CHARS = 64 * 1024;

/**
 * Prints what went wrong with the run itself on stderr (every format: a machine format's stdout
 * stays parseable), then writes the report to stdout or `--output`, piece by piece as it is made.
 */
export function writeReport(report: CheckReport, settings: CheckSettings, io: CliIo): void {
  for (const problem of report.configProblems) io.err(`leaddocs: ${problem}\n`);
  for (const problem of report.pathProblems) io.err(`leaddocs: ${problem.path}: ${problem.message}\n`);
  const output = settings.output;
  const pieces = settings.format(report, { colour: io.colour && output === undefined, failAt: settings.policy.failAt });
  if (output === undefined) {
    writeInChunks(pieces, io.out);
    return;
  }
  // Only the file's own errors are the user's to fix; a formatter that throws is an internal error.
  const cannotWrite = (error: unknown): CliError => new CliError(`Cannot write the report to ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  let descriptor: number;
  try {
    descriptor = openSync(resolve(io.cwd, output), 'w');
  } catch (error) {
    throw cannotWrite(error);
  }
  try {
    writeInChunks(pieces, (text) => {
      try {
        // Given a descriptor, writeFileSync writes at the file's position and loops until all is written.
        writeFileSync(descriptor, text);
      } catch (error) {
        throw cannotWrite(error);
      }
    });
  } finally {
    closeSync(descriptor);
  }
}

function writeInChunks(pieces: Iterable<string>, write: (text: string) => void): void {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length >= WRITE_CHUNK_CHARS) {
      write(pending);
      pending = '';
    }
  }
  if (pending !== '') write(pending);
}
