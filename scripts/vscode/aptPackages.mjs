// Debian packages the tooling needs, installed once with apt-get when missing.
import { spawnSync } from 'node:child_process';

export function isDebPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/** True when apt-get can be used here (a Debian-like system, run as root). */
export function aptAvailable() {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0 && process.getuid?.() === 0;
}

/** Installs whichever of `names` are missing; throws when apt-get fails. */
export function ensureAptPackages(names, log = () => undefined) {
  const missing = names.filter((name) => !isDebPackageInstalled(name));
  if (missing.length === 0) {
    log('Debian packages present');
    return;
  }
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...missing]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with ${result.status ?? result.signal}`);
  }
}
