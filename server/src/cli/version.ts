import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The package version, read from the package.json above this file: dist/cli.js in a release,
 * server/src/cli in development. Read at call time, so a plain `export` never pays for it.
 */
export function packageVersion(): string {
  for (let folder = __dirname, parent = dirname(folder); ; folder = parent, parent = dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'leaddocs' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // No manifest here; keep climbing.
    }
    if (parent === folder) return 'unknown';
  }
}
