/** What a command may touch of its process, so tests can run commands in-process. */
export interface CliIo {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
}

export interface CliCommand {
  readonly name: string;
  /** One line for the command list in `leaddocs --help`. */
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}
