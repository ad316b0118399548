import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Files generated from the code, written when they changed, or with `--check` (as npm test
 * runs it) only listed: a stale file fails the build instead of drifting.
 */
export class GeneratedFiles {
  readonly check = process.argv.includes('--check');
  private readonly stale: string[] = [];

  constructor(private readonly root: string) {}

  update(file: string, next: string): void {
    const path = join(this.root, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === next) return;
    if (this.check) {
      this.stale.push(file);
      return;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, next);
  }

  /** Ends the process with a failure naming the stale files, if `--check` found any. */
  finish(what: string): void {
    if (this.stale.length === 0) return;
    console.error(`${what} out of date in: ${this.stale.join(', ')}. Run \`npm run docs\` and commit the result.`);
    process.exit(1);
  }
}
