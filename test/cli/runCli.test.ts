import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CliIo } from '../../server/src/cli/cliIo';
import { runCli } from '../../server/src/cli/runCli';

function io(overrides: Partial<CliIo> = {}): CliIo & { readonly errors: string[] } {
  const errors: string[] = [];
  return { cwd: process.cwd(), out: () => undefined, err: (text) => void errors.push(text), colour: false, errIsTerminal: false, workerScript: '', errors, ...overrides };
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
