import { daysBetween } from '../workspace/calendar';
import type { WorkspaceRule } from './workspaceRule';

const SETTLED = new Set(['superseded', 'rejected', 'deprecated']);

export const reviewOverdue: WorkspaceRule = {
  meta: {
    id: 'review-overdue',
    title: 'Review dates are kept',
    description: 'The document\'s review date (`review-date`, `next-review`) has passed. Superseded, rejected and deprecated decisions are not reviewed.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ entry, today, report }) {
    const review = entry.reviewBy;
    if (review?.iso === null || review?.iso === undefined || SETTLED.has(entry.status?.value ?? '')) return;
    const late = daysBetween(review.iso, today);
    if (late <= 0) return;
    report({ message: `The review date ${review.iso} passed ${late} day${late === 1 ? '' : 's'} ago. Review it, then set the next date.`, range: review.range, data: { reviewBy: review.iso, daysLate: late } });
  },
};
