import { isMainThread, workerData } from 'node:worker_threads';
import { isAnalysisWorker, runAnalysisWorker } from './analysisWorker';
import { runCli } from './runCli';

/**
 * The `leaddocs` binary, and the script of its analysis workers: a worker starts this same file,
 * so the package ships one bundle. Everything testable lives in runCli; this only binds the process.
 */
if (!isMainThread && isAnalysisWorker(workerData)) {
  runAnalysisWorker();
} else {
  // A reader that stops early (`leaddocs check | head`) is no error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    colour: process.stdout.isTTY && process.env['NO_COLOR'] === undefined,
    errIsTerminal: process.stderr.isTTY,
    workerScript: __filename,
  }).then((code) => {
    // exitCode rather than exit(): let stdout drain when it is a pipe.
    process.exitCode = code;
  });
}
