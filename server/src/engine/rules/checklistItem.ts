import type { Rule } from './rule';

export const checklistItem: Rule = {
  meta: {
    id: 'checklist-item',
    title: 'Checklist item is met',
    description: 'One finding per applicable checklist item of the type that is not met yet. Together they make the completeness score.',
    defaultSeverity: 'information',
    fixable: false,
  },
  check({ typed, report }) {
    for (const item of typed.checklist) {
      if (!item.applicable || item.passed) continue;
      report({ message: `Checklist: ${item.label} — not yet.`, range: item.range, data: { itemId: item.id, label: item.label } });
    }
  },
};
