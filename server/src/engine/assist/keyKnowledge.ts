import type { DocTypeSpec, FieldSpec, ResolvedDocType } from '../doctypes/docTypeSpec';
import { normalizeKey } from '../model/inlineMetadata';

/** Keys whose values name other ADRs, whatever a team's spec calls their kind. */
const DECISION_REFERENCE_KEYS = new Set(['supersedes', 'superseded-by', 'related', 'amends', 'amended-by']);

/** Everything the type says about one front matter key: from its field spec and its schema. */
export interface KeyKnowledge {
  readonly key: string;
  /** The spec field the key is, by name or alias (`deciders` → `decision-makers`). */
  readonly field: string | undefined;
  readonly fieldSpec: FieldSpec | undefined;
  readonly propertySchema: Readonly<Record<string, unknown>> | undefined;
  readonly description: string | undefined;
  /** Values the schema allows (`enum`, `const`), or the type's canonical statuses for its status key. */
  readonly allowedValues: readonly string[];
  readonly holds: 'date' | 'people' | 'decisions' | 'text';
}

export function knowledgeOfKey(key: string, docType: ResolvedDocType): KeyKnowledge {
  const { spec } = docType;
  const field = fieldNamed(key, spec);
  const fieldSpec = field === undefined ? undefined : spec.fields?.[field];
  const properties = schemaProperties(docType);
  const propertySchema = properties[key] ?? (field === undefined ? undefined : properties[field]);
  const description = typeof propertySchema?.['description'] === 'string' ? propertySchema['description'] : fieldSpec?.label;
  const allowed = allowedBySchema(propertySchema);
  const allowedValues = allowed.length > 0 ? allowed : field !== undefined && field === spec.status?.field ? Object.keys(spec.status.values) : [];
  return { key, field, fieldSpec, propertySchema, description, allowedValues, holds: holds(key, field, fieldSpec, description) };
}

export function schemaProperties(docType: ResolvedDocType): Readonly<Record<string, Readonly<Record<string, unknown>>>> {
  const properties = docType.frontMatterSchema?.['properties'];
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, Record<string, unknown>>) : {};
}

function fieldNamed(key: string, spec: DocTypeSpec): string | undefined {
  const wanted = normalizeKey(key);
  for (const [name, fieldSpec] of Object.entries(spec.fields ?? {})) {
    if (normalizeKey(name) === wanted || (fieldSpec.aliases ?? []).some((alias) => normalizeKey(alias) === wanted)) return name;
  }
  return undefined;
}

function allowedBySchema(schema: Readonly<Record<string, unknown>> | undefined): string[] {
  if (schema === undefined) return [];
  if (Array.isArray(schema['enum'])) return schema['enum'].map(String);
  if ('const' in schema) return [String(schema['const'])];
  const items = schema['items'];
  if (typeof items === 'object' && items !== null && Array.isArray((items as Record<string, unknown>)['enum'])) return ((items as Record<string, unknown>)['enum'] as unknown[]).map(String);
  return [];
}

function holds(key: string, field: string | undefined, fieldSpec: FieldSpec | undefined, description: string | undefined): KeyKnowledge['holds'] {
  if (fieldSpec?.kind === 'date' || /YYYY-MM-DD/.test(description ?? '')) return 'date';
  if (fieldSpec?.kind === 'people') return 'people';
  if (DECISION_REFERENCE_KEYS.has((field ?? key).toLowerCase()) || DECISION_REFERENCE_KEYS.has(key.toLowerCase())) return 'decisions';
  return 'text';
}
