import { readFile } from 'node:fs/promises';
import { CliError } from './cliError';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Reads a document, turning file system errors into one line a person understands. */
export async function readSource(path: string, shownAs: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CliError(`Cannot read ${shownAs}: ${REASONS[code] ?? (error as Error).message}.`);
  }
}
