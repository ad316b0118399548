import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CliIo } from '../../server/src/cli/cliIo';
import { COMMANDS } from '../../server/src/cli/commands';
import { runCli } from '../../server/src/cli/runCli';

function io(overrides: Partial<CliIo> = {}): CliIo & { readonly errors: string[]; readonly output: string[] } {
  const errors: string[] = [];
  const output: string[] = [];
  return { cwd: process.cwd(), out: (text) => void output.push(text), err: (text) => void errors.push(text), colour: false, errIsTerminal: false, workerScript: '', errors, output, ...overrides };
}

describe('runCli exit codes', () => {
  it('an internal failure exits 3 with one line and a hint to rerun with --debug', async () => {
    const broken = io({
      out: () => {
        throw new Error('stdout went away\n    at somewhere');
      },
    });
    assert.equal(await runCli(['--version'], broken), 3);
    assert.deepEqual(broken.errors, ['leaddocs: internal error: stdout went away\nRerun with --debug for details, and please report it.\n']);
  });

  it('--debug, anywhere on the line, adds the stack', async () => {
    const broken = io({
      out: () => {
        throw new Error('stdout went away');
      },
    });
    assert.equal(await runCli(['--version', '--debug'], broken), 3);
    assert.match(broken.errors.join(''), /internal error: stdout went away\nError: stdout went away\n\s+at /);
  });

  it('an unknown command is a usage error (2)', async () => {
    const wrong = io();
    assert.equal(await runCli(['chek'], wrong), 2);
    assert.deepEqual(wrong.errors, ['leaddocs: Unknown command "chek".\nRun "leaddocs --help" for the commands.\n']);
  });
});

describe('runCli help', () => {
  it('every subcommand answers --help and -h with its own usage and exit 0, whatever else is on the line', async () => {
    assert.ok(COMMANDS.length >= 6);
    for (const command of COMMANDS) {
      // A bad option, a cluster, a value: help still wins, and the command itself never runs.
      for (const args of [['--help'], ['-h'], ['--frobnicate', '--help'], ['some', 'words', '-h'], ['--help', '--debug']]) {
        const asked = io();
        assert.equal(await runCli([command.name, ...args], asked), 0, `${command.name} ${args.join(' ')}: ${asked.errors.join('')}`);
        assert.deepEqual(asked.output, [command.usage], `${command.name} ${args.join(' ')}`);
        assert.deepEqual(asked.errors, []);
      }
      assert.match(command.usage, new RegExp(`^Usage: leaddocs ${command.name} [^]*-h, --help `), `${command.name} documents --help`);
    }
  });

  it('leaves an -h after "--" to the command, as an argument', async () => {
    const asked = io();
    assert.equal(await runCli(['types', '--', '-h'], asked), 2);
    assert.deepEqual(asked.output, []);
    assert.match(asked.errors.join(''), /takes no paths/);
  });

  it('"leaddocs help <command>" prints the same usage; no command at all is a usage error', async () => {
    const asked = io();
    assert.equal(await runCli(['help', 'new'], asked), 0);
    assert.deepEqual(asked.output, [COMMANDS.find((command) => command.name === 'new')?.usage]);
    assert.equal(await runCli([], io()), 2);
  });
});
