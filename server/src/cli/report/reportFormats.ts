import { githubReport } from './githubReport';
import { jsonReport } from './jsonReport';
import { junitReport } from './junitReport';
import type { ReportFormatter } from './reportFormat';
import { sarifReport } from './sarifReport';
import { textReport } from './textReport';

/** `--format` values, the default first. */
export const REPORT_FORMATS: ReadonlyMap<string, ReportFormatter> = new Map([
  ['text', textReport],
  ['json', jsonReport],
  ['sarif', sarifReport],
  ['github', githubReport],
  ['junit', junitReport],
]);
