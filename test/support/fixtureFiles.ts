import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const fixturesRoot = join(__dirname, '..', 'fixtures');

export interface Fixture {
  /** Path relative to the fixtures folder, POSIX style: what the engine sees as the workspace path. */
  readonly path: string;
  readonly text: string;
}

/** Every markdown fixture below the type folders (the README at the root describes them). */
export function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md') && folder !== fixturesRoot) fixtures.push({ path: relative(fixturesRoot, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(fixturesRoot);
  return fixtures;
}
