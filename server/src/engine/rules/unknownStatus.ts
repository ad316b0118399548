import { closestValue } from '../text/closestValue';
import type { StatusSpec } from '../doctypes/docTypeSpec';
import type { Fix } from '../findings';
import type { NormalizedStatus } from '../derive/status';
import type { LeadDocument } from '../model/leadDocument';
import type { Rule } from './rule';
import { isPlaceholderText } from '../model/placeholders';

export const unknownStatus: Rule = {
  meta: {
    id: 'unknown-status',
    title: 'Status is a known value',
    description: 'The status reads as one of the type\'s known statuses. Wild spellings (`Approved`, `**Accepted**`, `Superceded by …`) are understood; anything else is flagged with the known list, and a misspelt one word status is corrected by the quick fix.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ typed, report }) {
    const status = typed.status;
    const spec = typed.spec.status;
    if (status === null || spec === undefined || status.value !== null || status.raw === '' || isPlaceholderText(status.raw)) return;
    const known = Object.keys(spec.values);
    const suggestion = suggestStatus(status, spec);
    const fix = suggestion === undefined ? undefined : correctionFix(typed.document, status, suggestion.value, suggestion.unambiguous);
    report({
      message: `Unknown status '${status.raw}'. ${suggestion === undefined ? '' : `Did you mean '${suggestion.value}'? `}Known statuses: ${known.join(', ')}.`,
      range: status.range,
      data: { raw: status.raw, known, ...(suggestion === undefined ? {} : { suggestion: suggestion.value }) },
      ...(fix === undefined ? {} : { fixes: [fix] }),
    });
  },
};

/** The canonical status nearest to a one-word status: a misspelling, not a phrase to interpret. */
function suggestStatus(status: NormalizedStatus, spec: StatusSpec): { value: string; unambiguous: boolean } | undefined {
  if (/\s/.test(status.raw)) return undefined;
  const spellings = oneWordSpellings(spec);
  const closest = closestValue(status.raw, [...spellings.keys()], (value) => spellings.get(value) ?? []);
  return closest === undefined ? undefined : { value: closest.value, unambiguous: closest.unambiguous };
}

// Each spec's one-word spellings by status, worked out once per engine, not once per unknown status.
const spellingsBySpec = new WeakMap<StatusSpec, ReadonlyMap<string, readonly string[]>>();

function oneWordSpellings(spec: StatusSpec): ReadonlyMap<string, readonly string[]> {
  let spellings = spellingsBySpec.get(spec);
  if (spellings === undefined) {
    spellings = new Map(Object.keys(spec.values).map((value) => [value, [value, ...(spec.values[value] ?? [])].filter((word) => !/\s/.test(word))]));
    spellingsBySpec.set(spec, spellings);
  }
  return spellings;
}

/** Replaces only the misspelt word, keeping the markup around it and its capitalisation. */
function correctionFix(document: LeadDocument, status: NormalizedStatus, value: string, safe: boolean): Fix | undefined {
  const start = document.lines.offsetAt(status.range.start);
  const written = document.text.slice(start, document.lines.offsetAt(status.range.end));
  const at = written.indexOf(status.raw);
  if (at < 0) return undefined;
  const replacement = /^\p{Lu}/u.test(status.raw) ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  const range = document.lines.rangeOfOffsets(start + at, start + at + status.raw.length);
  return { title: `Change to '${replacement}'`, edits: [{ range, newText: replacement }], safe, preferred: true };
}
