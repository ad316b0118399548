#!/usr/bin/env node
// Runs the extension's test suite inside real VS Code (code-server driven by
// Chromium), prints the suite's report and exits with the suite's code.
// Environment:
//   LEADDOCS_VSCODE_SELFTEST=fail  run only a deliberately failing case (the harness's own test)
//   LEADDOCS_VSCODE_TIMEOUT_MS     overall limit, default 600000
//   LEADDOCS_VSCODE_SKIP_BUILD=1   use the bundles as they are
//   LEADDOCS_VSCODE_WORKSPACE=dir  copy this folder instead of examples/ as the workspace
// Without the self-test it runs two workbenches: test/vscode/suite/ in a trusted workspace, then
// test/vscode/restricted/ with workspace trust on and the workspace untrusted (restricted mode).
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

// The suite runs twice: in a trusted workspace, and with workspace trust on and the same
// workspace untrusted (restricted mode), where only test/vscode/restricted/ runs.
const RESTRICTED_USER_SETTINGS = {
  'security.workspace.trust.enabled': true,
  // Never ask: a workspace nobody has trusted opens in restricted mode, as it does for a user who chose "Don't Trust".
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
  'security.workspace.trust.emptyWindow': false,
};

function modes() {
  if (process.env.LEADDOCS_VSCODE_SELFTEST) return [{ name: 'selftest' }];
  return [{ name: 'suite' }, { name: 'restricted', workspaceTrust: true, env: { LEADDOCS_VSCODE_RESTRICTED: '1' }, userSettings: RESTRICTED_USER_SETTINGS }];
}

async function runMode(mode) {
  const dirs = createRunDir(mode.name);
  // The suite edits its documents freely, so it gets a copy of examples/.
  const workspace = path.join(dirs.root, 'workspace');
  if (fs.existsSync(examplesDir)) fs.cpSync(examplesDir, workspace, { recursive: true });
  else fs.mkdirSync(workspace);
  if (mode.userSettings !== undefined) {
    fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(mode.userSettings, null, 2));
  }
  const reportPath = path.join(dirs.root, 'report.txt');
  const env = { ...runEnv(dirs), ...mode.env, LEADDOCS_VSCODE_REPORT: reportPath };

  log(`${mode.name}: ${mode.workspaceTrust ? 'workspace trust on, workspace untrusted' : 'workspace trusted'}`);
  const outcome = await runInWorkbench({ dirs, env, workspace, extensionPath: repoRoot, runnerPath: suiteRunner, timeoutMs, log, workspaceTrust: mode.workspaceTrust === true });

  const report = readSuiteReport(reportPath);
  // The launcher prints the one summary line itself, last, so the count is not read twice.
  process.stdout.write(report.text.replace(/^\d+ passed, \d+ failed\n?/m, ''));
  const failedToFinish = outcome.code === undefined || (outcome.code !== 0 && report.failed === 0);
  if (failedToFinish) log(`${mode.name}: the suite did not finish: ${outcome.reason ?? `exit code ${outcome.code}`}; logs in ${dirs.root}`);
  const failed = report.failed + (failedToFinish ? 1 : 0);
  if (outcome.code === 0 && failed === 0) removeRunDir(dirs);
  else log(`run folder kept: ${dirs.root}`);
  return { passed: report.passed, failed };
}

async function runSuite() {
  const started = Date.now();
  runStep('installing code-server and Chromium if missing', ['scripts/vscode/install-code-server.mjs']);
  if (process.env.LEADDOCS_VSCODE_SKIP_BUILD !== '1') runStep('building', ['scripts/build.mjs']);
  if (!fs.existsSync(suiteRunner)) throw new Error(`${suiteRunner} is missing: the build did not bundle the VS Code suite`);

  let passed = 0;
  let failed = 0;
  for (const mode of modes()) {
    const result = await runMode(mode);
    passed += result.passed;
    failed += result.failed;
  }
  log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await runSuite().catch((error) => {
  console.error(`[vscode-tests] ${error instanceof Error ? error.message : error}`);
  console.log('0 passed, 1 failed');
  return 1;
});
