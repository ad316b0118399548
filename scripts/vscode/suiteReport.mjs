// Reads the report the in-VS-Code runner writes: `ok - title` / `not ok - title`
// lines, failure details indented, and a last line `N passed, N failed`.
import fs from 'node:fs';

const SUMMARY = /^(\d+) passed, (\d+) failed$/m;

export function readSuiteReport(reportPath) {
  const text = fs.existsSync(reportPath) ? fs.readFileSync(reportPath, 'utf8') : '';
  const summary = SUMMARY.exec(text);
  if (summary) return { text, complete: true, passed: Number(summary[1]), failed: Number(summary[2]) };
  // The run died before it finished: count what did run.
  const passed = text.match(/^ok - /gm)?.length ?? 0;
  const failed = text.match(/^not ok - /gm)?.length ?? 0;
  return { text, complete: false, passed, failed };
}
