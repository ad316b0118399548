import { CliError, EXIT_FAILURE, EXIT_USAGE } from './cliError';
import type { CliIo } from './cliIo';
import { COMMANDS } from './commands';
import { packageVersion } from './version';

/** Dispatches to a subcommand and turns every failure into a message and an exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? COMMANDS.find((command) => command.name === rest[0]) : undefined;
      io.out(topic !== undefined ? topic.usage : generalUsage());
      return name === undefined ? EXIT_USAGE : 0;
    }
    if (name === '--version' || name === '-v') {
      io.out(`${packageVersion()}\n`);
      return 0;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command === undefined) throw new CliError(`Unknown command "${name}".`, EXIT_USAGE, 'Run "leaddocs --help" for the commands.');
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`leaddocs: ${error.message}\n${error.hint !== undefined ? `${error.hint}\n` : ''}`);
      return error.exitCode;
    }
    // A bug, not a user error: one line by default, the stack only when asked for.
    const detail = process.env['LEADDOCS_DEBUG'] !== undefined && error instanceof Error ? `\n${error.stack ?? ''}` : '';
    io.err(`leaddocs: unexpected error: ${error instanceof Error ? error.message : String(error)}${detail}\nSet LEADDOCS_DEBUG=1 for details, and please report it.\n`);
    return EXIT_FAILURE;
  }
}

function generalUsage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `Usage: leaddocs <command> [options]

Commands:
${list}

Options:
  -h, --help     Show help (also: leaddocs help <command>)
  -v, --version  Show the version
`;
}
