#!/usr/bin/env node
// Runs the extension's test suite inside real VS Code (code-server driven by
// Chromium), prints the suite's report and exits with the suite's code.
// Environment:
//   LEADDOCS_VSCODE_SELFTEST=fail  run only a deliberately failing case (the harness's own test)
//   LEADDOCS_VSCODE_TIMEOUT_MS     overall limit, default 600000
//   LEADDOCS_VSCODE_SKIP_BUILD=1   use the bundles as they are
//   LEADDOCS_VSCODE_WORKSPACE=dir  copy this folder instead of examples/ as the workspace
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser } from './browser.mjs';
import { remoteUri, startCodeServer } from './codeServer.mjs';
import { createRunDir, removeRunDir, runEnv } from './runDir.mjs';
import { readSuiteReport } from './suiteReport.mjs';
import { repoRoot } from './toolPaths.mjs';

const timeoutMs = Number(process.env.LEADDOCS_VSCODE_TIMEOUT_MS ?? 600_000);
const suiteRunner = path.join(repoRoot, 'out', 'vscode-tests', 'index.js');
const examplesDir = path.resolve(repoRoot, process.env.LEADDOCS_VSCODE_WORKSPACE ?? 'examples');

function runStep(title, command, args) {
  console.log(`[vscode-tests] ${title}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${title} failed (${result.status ?? result.signal})`);
}

/** The workbench URL that makes the extension host load our extension and run our suite. */
function suiteUrl(serverUrl, workspace) {
  const payload = [
    ['extensionDevelopmentPath', remoteUri(serverUrl, repoRoot)],
    ['extensionTestsPath', remoteUri(serverUrl, suiteRunner)],
  ];
  const query = new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) });
  return `${serverUrl}/?${query}`;
}

function untilTimeout(ms) {
  let timer;
  const promise = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ reason: `timed out after ${ms} ms` }), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

async function runSuite() {
  const started = Date.now();
  runStep('installing code-server and Chromium if missing', process.execPath, ['scripts/vscode/install-code-server.mjs']);
  if (process.env.LEADDOCS_VSCODE_SKIP_BUILD !== '1') runStep('building', process.execPath, ['scripts/build.mjs']);
  if (!fs.existsSync(suiteRunner)) throw new Error(`${suiteRunner} is missing: the build did not bundle the VS Code suite`);

  const dirs = createRunDir(process.env.LEADDOCS_VSCODE_SELFTEST ? 'selftest' : 'suite');
  // The suite edits its documents freely, so it gets a copy of examples/.
  const workspace = path.join(dirs.root, 'workspace');
  if (fs.existsSync(examplesDir)) fs.cpSync(examplesDir, workspace, { recursive: true });
  else fs.mkdirSync(workspace);
  const reportPath = path.join(dirs.root, 'report.txt');
  const env = { ...runEnv(dirs), LEADDOCS_VSCODE_REPORT: reportPath };

  const overall = untilTimeout(timeoutMs);
  let server;
  let browser;
  let outcome;
  // code-server runs in its own process group, so an interrupted launcher must end it itself.
  const onSignal = async (signal) => {
    await browser?.close();
    await server?.stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await startCodeServer({ dirs, env, smokeTestDriver: true });
    console.log(`[vscode-tests] code-server ${server.url} (run folder ${dirs.root})`);
    const serverExit = new Promise((resolve) => server.child.once('exit', (code, signal) => resolve({ reason: `code-server exited (${code ?? signal})` })));
    browser = await openBrowser({ dirs, env });
    let reportExit;
    const suiteExit = new Promise((resolve) => {
      reportExit = resolve;
    });
    // The workbench calls this when the extension host's test run ends; exposed before the page loads.
    await browser.page.exposeFunction('codeAutomationExit', (code) => reportExit({ code: Number(code) }));
    const browserGone = new Promise((resolve) => browser.context.once('close', () => resolve({ reason: 'Chromium closed' })));
    // Only wait for navigation to commit: the suite's end, not the page's load, is what counts.
    await browser.page.goto(suiteUrl(server.url, workspace), { waitUntil: 'commit' });
    outcome = await Promise.race([suiteExit, serverExit, browserGone, overall.promise]);
  } catch (error) {
    outcome = { reason: error instanceof Error ? error.message : String(error) };
  } finally {
    overall.cancel();
    await browser?.close();
    await server?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  const report = readSuiteReport(reportPath);
  // The launcher prints the one summary line itself, last, so the count is not read twice.
  process.stdout.write(report.text.replace(/^\d+ passed, \d+ failed\n?/m, ''));
  const failedToFinish = outcome.code === undefined || (outcome.code !== 0 && report.failed === 0);
  if (failedToFinish) {
    console.log(`[vscode-tests] the suite did not finish: ${outcome.reason ?? `exit code ${outcome.code}`}; logs in ${dirs.root}`);
  }
  const failed = report.failed + (failedToFinish ? 1 : 0);
  const exitCode = outcome.code === 0 && failed === 0 ? 0 : 1;
  if (exitCode === 0) removeRunDir(dirs);
  else console.log(`[vscode-tests] run folder kept: ${dirs.root}`);
  console.log(`[vscode-tests] ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${report.passed} passed, ${failed} failed`);
  return exitCode;
}

process.exitCode = await runSuite().catch((error) => {
  console.error(`[vscode-tests] ${error instanceof Error ? error.message : error}`);
  console.log('0 passed, 1 failed');
  return 1;
});
