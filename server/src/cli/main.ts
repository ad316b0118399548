import { runCli } from './runCli';

/** The `leaddocs` binary. Everything testable lives in runCli; this only binds the process. */
void runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => {
  // exitCode rather than exit(): let stdout drain when it is a pipe.
  process.exitCode = code;
});
