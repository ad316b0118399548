import type { DocTypeSpec } from '../doctypes/docTypeSpec';
import { normalizeKey, type InlineField } from '../model/inlineMetadata';
import { isPlaceholderText } from '../model/placeholders';
import type { LeadDocument } from '../model/leadDocument';
import type { Range } from '../text/positions';

export interface FieldValue {
  /** Canonical field name from the type's spec. */
  readonly name: string;
  /** The name as written (`deciders`, `Decision-makers`). */
  readonly writtenAs: string;
  readonly value: unknown;
  /** The value as one line of text, for display and pattern checks. */
  readonly text: string;
  readonly source: 'front-matter' | 'inline' | 'section';
  readonly range: Range;
  readonly keyRange: Range;
}

/**
 * Reads the type's declared fields from front matter first, then from inline metadata, under
 * their canonical name or any alias, in any capitalisation.
 */
// A spec's field names are normalised once per engine, not once per document.
const namesBySpec = new WeakMap<DocTypeSpec, Array<[string, string[]]>>();

function fieldNames(spec: DocTypeSpec): Array<[string, string[]]> {
  let names = namesBySpec.get(spec);
  if (names === undefined) {
    names = Object.entries(spec.fields ?? {}).map(([name, fieldSpec]) => [name, [name, ...(fieldSpec.aliases ?? [])].map(normalizeKey)]);
    namesBySpec.set(spec, names);
  }
  return names;
}

export function readFields(document: LeadDocument, spec: DocTypeSpec, inline: readonly InlineField[]): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  const frontMatterByKey = new Map<string, string>();
  for (const key of document.frontMatter?.entries.keys() ?? []) frontMatterByKey.set(normalizeKey(key), key);
  // The first field written under each key: one pass, where a search per name and alias cost
  // names × fields (a long list of `Key: value` lines made it 6% of an analysis).
  const inlineByKey = new Map<string, InlineField>();
  for (const field of inline) if (!inlineByKey.has(field.key)) inlineByKey.set(field.key, field);

  for (const [name, names] of fieldNames(spec)) {
    const fromFrontMatter = firstFound(names, frontMatterByKey);
    if (fromFrontMatter !== undefined) {
      const entry = document.frontMatter?.entries.get(fromFrontMatter);
      if (entry !== undefined && !isBlank(entry.value)) {
        fields[name] = { name, writtenAs: entry.key, value: entry.value, text: asText(entry.value), source: 'front-matter', range: entry.valueRange, keyRange: entry.keyRange };
        continue;
      }
    }
    const fromBody = firstFound(names, inlineByKey);
    if (fromBody !== undefined && !isBlank(fromBody.value)) {
      fields[name] = { name, writtenAs: fromBody.writtenAs, value: fromBody.value, text: fromBody.value, source: 'inline', range: fromBody.valueRange, keyRange: fromBody.keyRange };
    }
  }
  return fields;
}

export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return listText(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).trim();
}

/** A list's items as text, the empty ones left out; a loop, as `map` results change kind when compiled and cost a recompile. */
function listText(items: readonly unknown[]): string {
  let text = '';
  for (const item of items) {
    const itemText = asText(item);
    if (itemText === '') continue;
    text = text === '' ? itemText : `${text}, ${itemText}`;
  }
  return text;
}

/** Nothing, or template text still waiting to be replaced (`"{YYYY-MM-DD}"`). */
function isBlank(value: unknown): boolean {
  const text = asText(value);
  return text === '' || isPlaceholderText(text);
}

/** The value of the first of the names the map has (no closure per field and document). */
function firstFound<V>(names: readonly string[], byName: ReadonlyMap<string, V>): V | undefined {
  for (const name of names) {
    const found = byName.get(name);
    if (found !== undefined) return found;
  }
  return undefined;
}
