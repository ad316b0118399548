import { parseArgs } from 'node:util';
import { CliError, EXIT_INTERNAL, EXIT_USAGE } from './cliError';
import type { CliIo } from './cliIo';
import { COMMANDS } from './commands';
import { packageVersion } from './version';

/** Dispatches to a subcommand and turns every failure into a message and an exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // `--debug` is accepted anywhere, so it can be added to any command line that failed.
  const debug = argv.includes('--debug') || process.env['LEADDOCS_DEBUG'] !== undefined;
  const [name, ...rest] = argv.filter((arg) => arg !== '--debug');
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
    // Help wins over everything else on the line, a bad option included: the user is asking how.
    if (asksForHelp(rest)) {
      io.out(command.usage);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`leaddocs: ${error.message}\n${error.hint !== undefined ? `${error.hint}\n` : ''}`);
      return error.exitCode;
    }
    // A bug, not a user error: one line by default, the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    if (debug) io.err(`leaddocs: internal error: ${message}\n${error instanceof Error ? (error.stack ?? '') : ''}\nPlease report it.\n`);
    else io.err(`leaddocs: internal error: ${message.split('\n')[0] ?? ''}\nRerun with --debug for details, and please report it.\n`);
    return EXIT_INTERNAL;
  }
}

/** `-h`/`--help` anywhere before a `--`, alone or in a cluster (`-nh`), as each command's own parser read it. */
function asksForHelp(args: readonly string[]): boolean {
  // Lenient: the command's other options are unknown here, and their errors are the command's to report.
  const { values } = parseArgs({ args: [...args], options: { help: { type: 'boolean', short: 'h' } }, strict: false, allowPositionals: true });
  return values['help'] === true;
}

function generalUsage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `Usage: leaddocs <command> [options]

Commands:
${list}

Options:
  -h, --help     Show help (also: leaddocs help <command>, leaddocs <command> --help)
  -v, --version  Show the version
      --debug    Show the stack of an internal error

Exit codes: 0 clean; 1 findings (or a refused export); 2 usage or configuration
error; 3 internal error. See docs/cli.md.
`;
}
