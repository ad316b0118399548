import { readDate } from '../derive/dates';
import type { Rule } from './rule';
import { isPlaceholderText } from '../model/placeholders';

export const dateFormat: Rule = {
  meta: {
    id: 'date-format',
    title: 'Dates are real and written YYYY-MM-DD',
    description: 'Date fields hold a real date in ISO form. `DD-MM-YYYY`, `March 5, 2024` and ISO datetimes are converted by the quick fix when unambiguous; impossible dates (month 13) are flagged.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ typed, report }) {
    for (const [name, field] of Object.entries(typed.fields)) {
      if (typed.spec.fields?.[name]?.kind !== 'date' || isPlaceholderText(field.text)) continue;
      const reading = readDate(field.text);
      const data = { field: name, written: field.text };
      switch (reading.kind) {
        case 'iso':
          break;
        case 'convertible':
          report({
            message: `Write '${field.writtenAs}' as YYYY-MM-DD: ${reading.iso}.`,
            range: field.range,
            data: { field: name, written: field.text, iso: reading.iso },
            fixes: [{ title: `Change to ${reading.iso}`, edits: [{ range: field.range, newText: reading.iso }], safe: true, preferred: true }],
          });
          break;
        case 'ambiguous':
          report({ message: `'${field.text}' could be day-month or month-day; write '${field.writtenAs}' as YYYY-MM-DD.`, range: field.range, data });
          break;
        case 'impossible':
          report({ message: `'${field.text}' is not a real date; write '${field.writtenAs}' as YYYY-MM-DD.`, range: field.range, data });
          break;
        case 'unrecognised':
          report({ message: `'${field.text}' is not a date; write '${field.writtenAs}' as YYYY-MM-DD.`, range: field.range, data });
          break;
      }
    }
  },
};
