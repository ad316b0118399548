#!/usr/bin/env node
// Runs the same suite through @vscode/test-electron, which downloads a real VS Code.
// For machines with internet (a user's CI); this project's own CI uses run-tests.mjs.
// Usage: node scripts/vscode/run-electron.mjs [--version <vscode version, default: stable>]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { createRunDir, removeRunDir } from './runDir.mjs';
import { readSuiteReport } from './suiteReport.mjs';
import { repoRoot } from './toolPaths.mjs';

const versionFlag = process.argv.indexOf('--version');
const version = versionFlag >= 0 ? process.argv[versionFlag + 1] : 'stable';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const dirs = createRunDir('electron');
const workspace = path.join(dirs.root, 'workspace');
fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
const reportPath = path.join(dirs.root, 'report.txt');

let exitCode;
try {
  exitCode = await runTests({
    version,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'out', 'vscode-tests', 'index.js'),
    extensionTestsEnv: { LEADDOCS_VSCODE_REPORT: reportPath },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', dirs.userData],
  });
} catch (error) {
  console.error(`[vscode-electron] ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
}
const report = readSuiteReport(reportPath);
process.stdout.write(report.text.replace(/^\d+ passed, \d+ failed\n?/m, ''));
const failed = report.failed + (exitCode !== 0 && report.failed === 0 ? 1 : 0);
if (exitCode === 0) removeRunDir(dirs);
console.log(`${report.passed} passed, ${failed} failed`);
process.exitCode = exitCode === 0 ? 0 : 1;
