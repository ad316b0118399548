import { daysBetween } from '../workspace/calendar';
import type { WorkspaceRule } from './workspaceRule';

// Days between sessions for the cadences the mentorship schema allows.
const CADENCE_DAYS: Readonly<Record<string, number>> = { weekly: 7, biweekly: 14, fortnightly: 14, monthly: 31, quarterly: 92 };
const FINISHED = /^(?:done|complete|completed|closed|ended|finished|archived)$/i;

export const lapsedFeedback: WorkspaceRule = {
  meta: {
    id: 'lapsed-feedback',
    title: 'Feedback keeps to the cadence',
    description: 'A mentorship plan\'s latest feedback entry is older than two of its cadence periods (a missed session is normal; two in a row is a lapse).',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ entry, today, report }) {
    const log = entry.feedback;
    const period = CADENCE_DAYS[(log?.cadence ?? '').trim().toLowerCase()];
    if (log === null || period === undefined || FINISHED.test(entry.status?.written ?? '')) return;
    const latest = log.entries.map((dated) => dated.iso).filter((iso): iso is string => iso !== null).sort().at(-1);
    if (latest === undefined) return;
    const since = daysBetween(latest, today);
    if (since <= 2 * period) return;
    report({
      message: `The last feedback entry is from ${latest}, ${since} days ago; a ${log.cadence} cadence expects one every ${period} days.`,
      range: log.sectionRange ?? log.cadenceRange ?? log.entries.at(-1)!.range,
      data: { latest, days: since, cadence: log.cadence },
    });
  },
};
