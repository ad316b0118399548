#!/usr/bin/env node
// `npm run screenshots`: regenerates the README's images in media/screenshots/. The preview and
// a quick fix are taken in real VS Code (code-server + Chromium, the test harness's modules);
// the exported PDF and deck are rendered to PNG with pdftoppm and LibreOffice, installed with
// apt-get when missing. Without apt, what cannot be made is skipped with a message.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { takeExportShots } from './screenshots/exportShots.mjs';
import { takeWorkbenchShots } from './screenshots/workbenchShots.mjs';
import { aptAvailable, ensureAptPackages } from './vscode/aptPackages.mjs';
import { repoRoot } from './vscode/toolPaths.mjs';

const outDir = path.join(repoRoot, 'media', 'screenshots');
const log = (message) => console.log(`[screenshots] ${message}`);
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

/** Installs what is missing when apt-get can; reports which tools are there afterwards. */
function ensureTools() {
  const wanted = [['pdftoppm', 'poppler-utils'], ['soffice', 'libreoffice-impress-nogui'], ['optipng', 'optipng']];
  const missing = wanted.filter(([command]) => !onPath(command));
  if (missing.length > 0 && aptAvailable()) {
    try {
      ensureAptPackages(missing.map(([, pkg]) => pkg), log);
    } catch (error) {
      log(`apt-get could not install ${missing.map(([, pkg]) => pkg).join(', ')}: ${error.message}`);
    }
  }
  return Object.fromEntries(wanted.map(([command]) => [command, onPath(command)]));
}

run(['scripts/vscode/install-code-server.mjs', '--quiet']);
run(['scripts/build.mjs']);
const tools = ensureTools();
fs.mkdirSync(outDir, { recursive: true });
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leaddocs-screenshots-'));
try {
  await takeWorkbenchShots({ outDir, log });
  if (tools.pdftoppm) await takeExportShots({ outDir, workDir, log, haveLibreOffice: tools.soffice });
  else log('skipping the PDF and deck images: pdftoppm (poppler-utils) is missing and apt-get is not available');
  if (tools.optipng) {
    // Lossless: the README's images stay sharp and the repository stays small.
    spawnSync('optipng', ['-quiet', '-o2', ...fs.readdirSync(outDir).filter((name) => name.endsWith('.png')).map((name) => path.join(outDir, name))], { stdio: 'inherit' });
  } else log('optipng missing: images left unoptimised');
  for (const name of fs.readdirSync(outDir).sort()) log(`${path.relative(repoRoot, path.join(outDir, name))}: ${(fs.statSync(path.join(outDir, name)).size / 1024).toFixed(0)} KiB`);
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
}
