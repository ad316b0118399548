import { CliError } from './cliError';
import { readDocumentFile } from './readDocumentFile';

/** Reads one document a command needs, or stops the command with one line a person understands. */
export async function readSource(path: string, shownAs: string): Promise<string> {
  const read = readDocumentFile(path);
  if ('problem' in read) throw new CliError(`${shownAs}: ${read.problem}`);
  return read.text;
}
