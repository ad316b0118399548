import { FAILURE_THRESHOLDS, type FailureThreshold } from './checkReport';
import { DEFAULT_BUDGET_SECONDS } from './analyseWorkspace';
import { CliError, EXIT_USAGE } from './cliError';
import type { FailurePolicy } from './exitStatus';
import type { ReportFormatter } from './report/reportFormat';
import { REPORT_FORMATS } from './report/reportFormats';
import { localIsoDate } from '../host/newDocument/templateValues';

/** The options `check` and `fix` share, for `parseCommandArgs`. */
export const CHECK_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'max-severity': { type: 'string' },
  'max-warnings': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  timeout: { type: 'string' },
  today: { type: 'string' },
} as const;

export const CHECK_OPTIONS_HELP = `  -f, --format <fmt>        ${[...REPORT_FORMATS.keys()].join('|')} (default: text)
  -o, --output <file>       Write the report to <file> instead of stdout
      --max-severity <sev>  Fail (exit 1) on findings of this severity or worse:
                            ${FAILURE_THRESHOLDS.join('|')} (default: error)
      --max-warnings <n>    Fail when there are more than <n> warnings
  -j, --jobs <n>            Worker threads (default: one per idle core, by files)
      --timeout <seconds>   Time budget of one file (default: ${DEFAULT_BUDGET_SECONDS}); a file over
                            it is reported and the others are still checked
      --today <YYYY-MM-DD>  Judge review and due dates as of this day (default: today)
      --debug               Show the stack of an internal error
  -h, --help                Show this help`;

export const EXIT_CODES_HELP = `Exit codes: 0 clean; 1 findings at or above --max-severity, too many warnings,
or a file that could not be checked; 2 usage or configuration error; 3 internal error.`;

export interface CheckSettings {
  readonly formatName: string;
  readonly format: ReportFormatter;
  readonly output: string | undefined;
  readonly policy: FailurePolicy;
  readonly jobs: number | undefined;
  readonly budgetSeconds: number;
  readonly today: string;
}

type Values = { [K in keyof typeof CHECK_OPTIONS]?: (typeof CHECK_OPTIONS)[K]['type'] extends 'string' ? string : boolean };

/** Checks every shared option's value, so a typo is a usage error before any file is read. */
export function readCheckSettings(command: string, values: Values): CheckSettings {
  const usage = (message: string): CliError => new CliError(message, EXIT_USAGE, `Run "leaddocs ${command} --help" for usage.`);
  const formatName = values.format ?? 'text';
  const format = REPORT_FORMATS.get(formatName);
  if (format === undefined) throw usage(`Unknown format "${formatName}"; use one of ${[...REPORT_FORMATS.keys()].join(', ')}.`);
  const failAt = (values['max-severity'] ?? 'error') as FailureThreshold;
  if (!FAILURE_THRESHOLDS.includes(failAt)) throw usage(`--max-severity must be one of ${FAILURE_THRESHOLDS.join(', ')}, not "${failAt}".`);
  return {
    formatName,
    format,
    output: values.output,
    policy: { failAt, maxWarnings: wholeNumber('--max-warnings', values['max-warnings'], 0, usage) },
    jobs: wholeNumber('--jobs', values.jobs, 1, usage),
    budgetSeconds: positiveNumber('--timeout', values.timeout, usage) ?? DEFAULT_BUDGET_SECONDS,
    today: isoDay(values.today, usage) ?? localIsoDate(new Date()),
  };
}

function wholeNumber(flag: string, value: string | undefined, minimum: number, usage: (message: string) => CliError): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < minimum) throw usage(`${flag} must be a whole number of at least ${minimum}, not "${value}".`);
  return Number(value);
}

function positiveNumber(flag: string, value: string | undefined, usage: (message: string) => CliError): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) throw usage(`${flag} must be a number of seconds above 0, not "${value}".`);
  return number;
}

/** `--today`'s value, checked; undefined when not given. */
export function isoDay(value: string | undefined, usage: (message: string) => CliError): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw usage(`--today must be a date written YYYY-MM-DD, not "${value}".`);
  return value;
}
