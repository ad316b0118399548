import type { Rule } from './rule';
import { isPlaceholderText } from '../derive/placeholders';

export const unknownStatus: Rule = {
  meta: {
    id: 'unknown-status',
    title: 'Status is a known value',
    description: 'The status reads as one of the type\'s known statuses. Wild spellings (`Approved`, `**Accepted**`, `Superceded by …`) are understood; anything else is flagged with the known list.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ typed, report }) {
    const status = typed.status;
    const spec = typed.spec.status;
    if (status === null || spec === undefined || status.value !== null || status.raw === '' || isPlaceholderText(status.raw)) return;
    const known = Object.keys(spec.values);
    report({
      message: `Unknown status '${status.raw}'. Known statuses: ${known.join(', ')}.`,
      range: status.range,
      data: { raw: status.raw, known },
    });
  },
};
