/**
 * The suite runner VS Code loads as `extensionTestsPath` (the layout @vscode/test-electron
 * expects): `run()` loads the mocha suites next to it and settles when they are done.
 */
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { FileReporter } from './support/fileReporter';

/**
 * Which bundled suites to load: the real ones, the ones that need an untrusted workspace, or
 * the harness's deliberately failing case.
 */
function suiteFiles(): string[] {
  const folder = process.env.LEADDOCS_VSCODE_SELFTEST === 'fail' ? 'selftest' : process.env.LEADDOCS_VSCODE_RESTRICTED === '1' ? 'restricted' : 'suite';
  const dir = path.join(__dirname, folder);
  return fs.readdirSync(dir)
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The extension host forwards console output unformatted, so the report goes to a file. */
function reportPath(): string {
  return process.env.LEADDOCS_VSCODE_REPORT ?? path.join(__dirname, 'report.txt');
}

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 60_000,
    reporter: FileReporter,
    reporterOptions: { reportPath: reportPath() },
  });
  for (const file of suiteFiles()) mocha.addFile(file);
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} VS Code test(s) failed`);
}
