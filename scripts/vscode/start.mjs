#!/usr/bin/env node
// `npm start`: builds, then opens the extension on examples/. With a `code` CLI on PATH that
// is desktop VS Code; otherwise code-server on 127.0.0.1 (installed if missing), whose URL
// is printed. Stays in the foreground until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { remoteUri, startCodeServer } from './codeServer.mjs';
import { createProfileDirs, runEnv } from './runDir.mjs';
import { repoRoot, toolsDir } from './toolPaths.mjs';

const examples = path.join(repoRoot, 'examples');

function runStep(title, args) {
  console.log(`[start] ${title}`);
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function codeCliOnPath() {
  return spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim() || undefined;
}

/** Desktop VS Code: an Extension Development Host on examples/. */
function openInDesktopCode(code) {
  console.log(`[start] ${code} --extensionDevelopmentPath=${repoRoot} ${examples}`);
  const child = spawn(code, [`--extensionDevelopmentPath=${repoRoot}`, examples], { stdio: 'inherit' });
  child.once('exit', (status) => process.exit(status ?? 0));
}

async function openInCodeServer() {
  runStep('installing code-server if missing', ['scripts/vscode/install-code-server.mjs', '--without-browser']);
  // A profile that survives restarts, so settings an author changes while trying things stay.
  const dirs = createProfileDirs(path.join(toolsDir, 'dev-profile'));
  // The smoke-test driver is what lets a built workbench take extensionDevelopmentPath from the URL.
  const server = await startCodeServer({ dirs, env: runEnv(dirs), smokeTestDriver: true });
  const payload = [['extensionDevelopmentPath', remoteUri(server.url, repoRoot)]];
  const url = `${server.url}/?${new URLSearchParams({ folder: examples, payload: JSON.stringify(payload) })}`;
  console.log('\nLeaddocs is running in code-server. Open:\n');
  console.log(`  ${url}\n`);
  console.log(`(code-server log: ${server.logPath}; Ctrl+C stops it)`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server.child.once('exit', (code) => {
    console.log(`[start] code-server exited (${code})`);
    process.exit(code ?? 1);
  });
}

runStep('building', ['scripts/build.mjs']);
const code = codeCliOnPath();
if (code) openInDesktopCode(code);
else await openInCodeServer();
