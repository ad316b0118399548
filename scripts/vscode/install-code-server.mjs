#!/usr/bin/env node
// Installs what the real-VS-Code tests need, idempotently: Debian packages
// (compilers for code-server's native addons, Chromium to drive the workbench),
// Node 24 from npm, and code-server built by that Node, all under .tools/.
// Usage: node scripts/vscode/install-code-server.mjs [--quiet] [--without-browser]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureAptPackages } from './aptPackages.mjs';
import {
  CODE_SERVER_VERSION, NODE24_PACKAGE, NODE24_VERSION, codeServerDir, codeServerEntry,
  node24, node24Dir, node24Env, withoutNpmRunContext,
} from './toolPaths.mjs';

const BUILD_PACKAGES = ['build-essential', 'python3', 'pkg-config', 'libkrb5-dev'];
const BROWSER_PACKAGES = ['chromium'];
const quiet = process.argv.includes('--quiet');
// `npm start` serves code-server to the author's own browser; only the tests drive Chromium.
const withBrowser = !process.argv.includes('--without-browser');

function log(message) {
  if (!quiet) console.log(`[install-code-server] ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with ${result.status ?? result.signal}`);
  }
}

function ensureDebianPackages() {
  ensureAptPackages(withBrowser ? [...BUILD_PACKAGES, ...BROWSER_PACKAGES] : BUILD_PACKAGES, log);
}

/** A folder holding one npm project is "installed" when its marker records the same spec. */
function isInstalled(dir, spec, probeFile) {
  const marker = path.join(dir, '.leaddocs-installed');
  return fs.existsSync(probeFile) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === spec;
}

function markInstalled(dir, spec) {
  fs.writeFileSync(path.join(dir, '.leaddocs-installed'), spec);
}

function writeManifest(dir, manifest) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

function ensureNode24() {
  const spec = `${NODE24_PACKAGE}@${NODE24_VERSION}`;
  if (isInstalled(node24Dir, spec, node24)) {
    log(`${spec} present`);
    return;
  }
  log(`npm install ${spec}`);
  writeManifest(node24Dir, { private: true, dependencies: { [NODE24_PACKAGE]: NODE24_VERSION } });
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: node24Dir, env: withoutNpmRunContext() });
  markInstalled(node24Dir, spec);
}

function ensureCodeServer() {
  const spec = `code-server@${CODE_SERVER_VERSION} on ${NODE24_PACKAGE}@${NODE24_VERSION}`;
  if (isInstalled(codeServerDir, spec, codeServerEntry)) {
    log(`${spec} present`);
    return;
  }
  log(`npm install code-server@${CODE_SERVER_VERSION} (about 90 s and 620 MB)`);
  // code-server's postinstall runs nested npm installs that compile native
  // addons; npm 11 blocks dependency scripts unless they are allowed.
  writeManifest(codeServerDir, {
    private: true,
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: { 'code-server': true },
  });
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: codeServerDir,
    env: { ...node24Env(), npm_config_dangerously_allow_all_scripts: 'true' },
  });
  markInstalled(codeServerDir, spec);
}

const started = Date.now();
ensureDebianPackages();
ensureNode24();
ensureCodeServer();
log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
