/**
 * A mocha reporter that appends to a file as each test ends, so a run that hangs
 * or dies still leaves a readable report. The last line is `N passed, N failed`.
 */
import fs from 'node:fs';
import Mocha from 'mocha';

const { EVENT_RUN_END, EVENT_TEST_FAIL, EVENT_TEST_PASS } = Mocha.Runner.constants;

interface FileReporterOptions {
  readonly reportPath: string;
}

export class FileReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    const { reportPath } = options.reporterOptions as FileReporterOptions;
    fs.writeFileSync(reportPath, '');
    const write = (line: string): void => fs.appendFileSync(reportPath, `${line}\n`);
    let passed = 0;
    let failed = 0;

    runner.on(EVENT_TEST_PASS, (test) => {
      passed += 1;
      write(`ok - ${test.fullTitle()} (${test.duration ?? 0} ms)`);
    });
    runner.on(EVENT_TEST_FAIL, (test, error: Error) => {
      failed += 1;
      write(`not ok - ${test.fullTitle()}`);
      write(indent(error.stack ?? error.message));
    });
    runner.once(EVENT_RUN_END, () => write(`${passed} passed, ${failed} failed`));
  }
}

function indent(text: string): string {
  return text.split('\n').map((line) => `    ${line}`).join('\n');
}
