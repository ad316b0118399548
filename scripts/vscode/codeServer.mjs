// Starts code-server on 127.0.0.1 with a random port in its own process group,
// and learns the port from its log.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { codeServerEntry, node24, node24Env } from './toolPaths.mjs';

const LISTENING = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+))\//;

/**
 * @param {object} options
 * @param {ReturnType<import('./runDir.mjs').createRunDir>} options.dirs
 * @param {NodeJS.ProcessEnv} options.env
 * @param {string[]} [options.extraArgs]
 * @param {boolean} [options.smokeTestDriver] lets a built workbench accept test parameters in the URL
 * @param {boolean} [options.workspaceTrust] leaves workspace trust on, so a workspace can run in restricted mode
 * @param {number} [options.startTimeoutMs]
 */
export async function startCodeServer({ dirs, env, extraArgs = [], smokeTestDriver = false, workspaceTrust = false, startTimeoutMs = 60_000 }) {
  const configPath = path.join(dirs.root, 'code-server.yaml');
  fs.writeFileSync(configPath, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  const logPath = path.join(dirs.root, 'code-server.log');
  const log = fs.createWriteStream(logPath);
  const args = [
    codeServerEntry,
    '--config', configPath,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...extraArgs,
  ];
  // detached: its own process group, so one kill reaches the extension host and the language server too.
  const child = spawn(node24, args, { env: node24Env(env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });

  const stop = () => stopProcessGroup(child);
  const url = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`code-server did not start within ${startTimeoutMs} ms; see ${logPath}`)), startTimeoutMs);
    const onData = (chunk) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    const onExit = (code, signal) => fail(new Error(`code-server exited (${code ?? signal}) before listening; see ${logPath}\n${output}`));
    function fail(error) {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      child.off('exit', onExit);
      stop();
      reject(error);
    }
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
  });
  return { url, logPath, child, stop };
}

/** SIGTERM to the whole group, SIGKILL to what is left after a grace period. */
export async function stopProcessGroup(child, graceMs = 3000) {
  if (child.pid === undefined) return;
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
      return true;
    } catch {
      return false; // the group is already gone
    }
  };
  if (!signalGroup('SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!signalGroup(0)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  signalGroup('SIGKILL');
}

/** The `vscode-remote://` form of a local path, as the workbench URL payload expects. */
export function remoteUri(serverUrl, absolutePath) {
  const { host } = new URL(serverUrl);
  return `vscode-remote://${host}${absolutePath}`;
}
