import type { HeaderField, HeaderFieldName } from './exportModel';

interface FieldSource {
  readonly name: HeaderFieldName;
  readonly label: string;
  /** Front matter keys, first present wins; spelled as the formats in DOMAIN.md spell them. */
  readonly keys: readonly string[];
}

/** Who is named matters to an executive reader; each role keeps its own label. */
const FIELDS: readonly FieldSource[] = [
  { name: 'type', label: 'Type', keys: ['type', 'doc-type', 'kind'] },
  { name: 'status', label: 'Status', keys: ['status'] },
  { name: 'date', label: 'Date', keys: ['date', 'updated', 'last-updated', 'created'] },
  { name: 'author', label: 'Author', keys: ['author', 'authors', 'owner', 'prepared-by', 'from'] },
  { name: 'people', label: 'Audience', keys: ['audience', 'to', 'for'] },
  { name: 'people', label: 'Sponsor', keys: ['sponsor', 'sponsors'] },
  { name: 'people', label: 'Decision makers', keys: ['decision-makers', 'deciders'] },
  { name: 'people', label: 'Consulted', keys: ['consulted'] },
  { name: 'people', label: 'Informed', keys: ['informed'] },
  { name: 'people', label: 'Mentor', keys: ['mentor'] },
  { name: 'people', label: 'Mentee', keys: ['mentee'] },
  { name: 'people', label: 'Reviewers', keys: ['reviewers'] },
];

/**
 * The header card: front matter first, then values the engine found elsewhere (MADR 2.x list
 * lines, a Nygard `Date:` line) passed in as `fallback`, keyed by the same names.
 */
export function headerFields(frontMatter: Readonly<Record<string, unknown>>, fallback: Readonly<Record<string, string>> = {}, typeLabel?: string): HeaderField[] {
  const fields: HeaderField[] = [];
  for (const source of FIELDS) {
    // The engine's label ("Executive brief") reads better than the front matter id ("brief").
    if (source.name === 'type' && typeLabel !== undefined && typeLabel.trim() !== '') {
      fields.push({ name: 'type', label: source.label, value: typeLabel.trim() });
      continue;
    }
    const key = source.keys.find((k) => displayValue(frontMatter[k]) !== '');
    const value = key !== undefined ? displayValue(frontMatter[key]) : firstFallback(source, fallback);
    if (value !== '') fields.push({ name: source.name, label: source.label, value });
  }
  return fields;
}

function firstFallback(source: FieldSource, fallback: Readonly<Record<string, string>>): string {
  for (const key of source.keys) {
    const value = fallback[key]?.trim();
    if (value !== undefined && value !== '') return value;
  }
  return '';
}

/** One line of text for a YAML value: lists joined, dates as ISO days, maps skipped. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(displayValue).filter((v) => v !== '').join(', ');
  if (typeof value === 'object') {
    // `author: {name: …, email: …}` is common enough to show by name.
    const named = (value as Record<string, unknown>)['name'];
    return typeof named === 'string' ? named.trim() : '';
  }
  return String(value).trim();
}
