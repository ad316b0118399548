import { daysBetween } from '../workspace/calendar';
import type { WorkspaceRule } from './workspaceRule';

export const overdueActionItem: WorkspaceRule = {
  meta: {
    id: 'overdue-action-item',
    title: 'Action items are done by their due date',
    description: 'An action item in a postmortem or brief is past its due date and not marked done (`- [x]`, or Done in a Status column).',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ entry, today, report }) {
    for (const item of entry.actionItems) {
      if (item.done || item.due === null) continue;
      const late = daysBetween(item.due, today);
      if (late <= 0) continue;
      const owner = item.owner === null ? 'no owner named' : `owner ${item.owner}`;
      report({ message: `Action item overdue by ${late} day${late === 1 ? '' : 's'} (due ${item.due}, ${owner}): ${item.text}`, range: item.range, data: { due: item.due, owner: item.owner } });
    }
  },
};
