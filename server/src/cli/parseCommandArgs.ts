import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, EXIT_USAGE } from './cliError';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

/**
 * `util.parseArgs` with its errors turned into usage errors: an unknown flag is the user's
 * mistake, not a crash.
 */
export function parseCommandArgs<T extends Options>(command: string, args: readonly string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node appends advice about `--` to some messages; the first sentence is the useful part.
    const message = error instanceof Error ? (/^[^.]*\./.exec(error.message)?.[0] ?? error.message) : String(error);
    throw new CliError(message, EXIT_USAGE, `Run "leaddocs ${command} --help" for usage.`);
  }
}
