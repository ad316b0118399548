/** What a command may touch of its process, so tests can run commands in-process. */
export interface CliIo {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** stdout is a terminal that takes colour (and NO_COLOR is not set). */
  readonly colour: boolean;
  /** stderr is a terminal: only then is a progress line drawn. */
  readonly errIsTerminal: boolean;
  /** The script worker threads run: the CLI's own entry, which becomes a worker when started as one. */
  readonly workerScript: string;
}

export interface CliCommand {
  readonly name: string;
  /** One line for the command list in `leaddocs --help`. */
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}
