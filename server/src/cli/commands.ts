import type { CliCommand } from './cliIo';
import { exportCommand } from './exportCommand';

/**
 * Every subcommand, in help order. `check`, `fix` and `log` join here as they are built;
 * each lives in its own file and receives only its arguments and the IO.
 */
export const COMMANDS: readonly CliCommand[] = [exportCommand];
