/** Exit codes: 1 the command could not do its job, 2 it was called wrongly. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

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
