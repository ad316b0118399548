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
import { createRunDir, removeRunDir, runEnv } from './runDir.mjs';
import { readSuiteReport } from './suiteReport.mjs';
import { repoRoot } from './toolPaths.mjs';
import { runInWorkbench } from './workbenchRun.mjs';

const timeoutMs = Number(process.env.LEADDOCS_VSCODE_TIMEOUT_MS ?? 600_000);
const suiteRunner = path.join(repoRoot, 'out', 'vscode-tests', 'index.js');
const examplesDir = path.resolve(repoRoot, process.env.LEADDOCS_VSCODE_WORKSPACE ?? 'examples');
const log = (message) => console.log(`[vscode-tests] ${message}`);

function runStep(title, args) {
  log(title);
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${title} failed (${result.status ?? result.signal})`);
}

async function runSuite() {
  const started = Date.now();
  runStep('installing code-server and Chromium if missing', ['scripts/vscode/install-code-server.mjs']);
  if (process.env.LEADDOCS_VSCODE_SKIP_BUILD !== '1') runStep('building', ['scripts/build.mjs']);
  if (!fs.existsSync(suiteRunner)) throw new Error(`${suiteRunner} is missing: the build did not bundle the VS Code suite`);

  const dirs = createRunDir(process.env.LEADDOCS_VSCODE_SELFTEST ? 'selftest' : 'suite');
  // The suite edits its documents freely, so it gets a copy of examples/.
  const workspace = path.join(dirs.root, 'workspace');
  if (fs.existsSync(examplesDir)) fs.cpSync(examplesDir, workspace, { recursive: true });
  else fs.mkdirSync(workspace);
  const reportPath = path.join(dirs.root, 'report.txt');
  const env = { ...runEnv(dirs), LEADDOCS_VSCODE_REPORT: reportPath };

  const outcome = await runInWorkbench({ dirs, env, workspace, extensionPath: repoRoot, runnerPath: suiteRunner, timeoutMs, log });

  const report = readSuiteReport(reportPath);
  // The launcher prints the one summary line itself, last, so the count is not read twice.
  process.stdout.write(report.text.replace(/^\d+ passed, \d+ failed\n?/m, ''));
  const failedToFinish = outcome.code === undefined || (outcome.code !== 0 && report.failed === 0);
  if (failedToFinish) log(`the suite did not finish: ${outcome.reason ?? `exit code ${outcome.code}`}; logs in ${dirs.root}`);
  const failed = report.failed + (failedToFinish ? 1 : 0);
  const exitCode = outcome.code === 0 && failed === 0 ? 0 : 1;
  if (exitCode === 0) removeRunDir(dirs);
  else log(`run folder kept: ${dirs.root}`);
  log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${report.passed} passed, ${failed} failed`);
  return exitCode;
}

process.exitCode = await runSuite().catch((error) => {
  console.error(`[vscode-tests] ${error instanceof Error ? error.message : error}`);
  console.log('0 passed, 1 failed');
  return 1;
});
