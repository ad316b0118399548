// A throwaway folder per run, so code-server, Chromium and the extension host
// write nothing into the user's home, /tmp or a previous run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testRunsDir } from './toolPaths.mjs';

const KEPT_RUNS = 3;
// Chromium and VS Code put Unix sockets in TMPDIR and XDG_RUNTIME_DIR, and a socket path
// may not pass 107 bytes; their own names inside take about 50.
const LONGEST_SOCKET_DIR = 56;

/** Creates `.test-runs/<name>-<time>/` with its own home, TMPDIR and XDG folders. */
export function createRunDir(name) {
  pruneOldRuns();
  return createProfileDirs(path.join(testRunsDir, `${name}-${Date.now().toString(36)}`));
}

/** Lays out (or reuses) a folder holding everything code-server, Chromium and the extension host write. */
export function createProfileDirs(root) {
  const socketRoot = path.join(root, 'tmp').length <= LONGEST_SOCKET_DIR
    ? root
    : fs.mkdtempSync(path.join(os.tmpdir(), 'leaddocs-'));
  const dirs = {
    root,
    socketRoot,
    home: path.join(root, 'home'),
    tmp: path.join(socketRoot, 'tmp'),
    xdgConfig: path.join(root, 'xdg', 'config'),
    xdgData: path.join(root, 'xdg', 'data'),
    xdgCache: path.join(root, 'xdg', 'cache'),
    xdgState: path.join(root, 'xdg', 'state'),
    xdgRuntime: path.join(socketRoot, 'run'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    browserProfile: path.join(root, 'browser-profile'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dirs.xdgRuntime, 0o700);
  return dirs;
}

/** Removes the run folder, and the short socket folder when the repository's path was too long for one inside it. */
export function removeRunDir(dirs) {
  fs.rmSync(dirs.root, { recursive: true, force: true });
  if (dirs.socketRoot !== dirs.root) fs.rmSync(dirs.socketRoot, { recursive: true, force: true });
}

/** The environment every process of the run gets. */
export function runEnv(dirs, baseEnv = process.env) {
  return {
    ...baseEnv,
    HOME: dirs.home,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    XDG_STATE_HOME: dirs.xdgState,
    XDG_RUNTIME_DIR: dirs.xdgRuntime,
  };
}

// Failed runs are kept for inspection; only the newest few survive so disk use stays bounded.
function pruneOldRuns() {
  if (!fs.existsSync(testRunsDir)) return;
  const runs = fs.readdirSync(testRunsDir)
    .map((entry) => path.join(testRunsDir, entry))
    .filter((entry) => fs.statSync(entry).isDirectory())
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  for (const old of runs.slice(KEPT_RUNS)) fs.rmSync(old, { recursive: true, force: true });
}
