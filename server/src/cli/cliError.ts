/**
 * Exit codes, as docs/cli.md documents them. When several apply, the highest wins.
 * 0: clean. 1: findings at or above `--max-severity`, more warnings than `--max-warnings`, a file
 * that could not be checked, or a command that could not do its job (an export refused).
 * 2: usage or configuration error. 3: an internal failure (a bug).
 */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = EXIT_FINDINGS;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

/**
 * A failure the user can act on: printed as one line, never with a stack. Anything else that
 * reaches the top is a bug and is reported as one.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
    /** Shown after the message for usage errors, e.g. "Run `leaddocs export --help`". */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
