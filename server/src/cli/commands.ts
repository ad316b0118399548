import { checkCommand } from './checkCommand';
import type { CliCommand } from './cliIo';
import { exportCommand } from './exportCommand';
import { fixCommand } from './fixCommand';
import { logCommand } from './logCommand';
import { newCommand } from './newCommand';
import { typesCommand } from './typesCommand';

/** Every subcommand, in help order; each lives in its own file and receives only its arguments and the IO. */
export const COMMANDS: readonly CliCommand[] = [checkCommand, fixCommand, logCommand, newCommand, typesCommand, exportCommand];
