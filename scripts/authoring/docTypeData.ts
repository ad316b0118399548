/**
 * The built-in types as the snippets need them, read from `doctypes/` and `schemas/`: the same
 * files the validator loads, so a renamed section or a new status value reaches both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SectionData {
  readonly id: string;
  readonly title: string;
  readonly level?: number;
  readonly prompt?: string;
}

export interface FieldData {
  readonly label?: string;
  readonly kind?: 'text' | 'date' | 'people' | 'reference';
}

export interface SchemaProperty {
  readonly enum?: readonly unknown[];
  readonly default?: unknown;
  readonly examples?: readonly unknown[];
}

export interface DocTypeData {
  readonly id: string;
  readonly label: string;
  readonly fields: Readonly<Record<string, FieldData>>;
  readonly statusValues: readonly string[];
  readonly statusSection: string | undefined;
  /** Sections by variant id; a type without variants has one, under `''`. */
  readonly sections: ReadonlyMap<string, readonly SectionData[]>;
  readonly schema: Readonly<Record<string, SchemaProperty>>;
}

interface DocTypeFile {
  readonly id: string;
  readonly label: string;
  readonly frontMatterSchema?: string;
  readonly fields?: Record<string, FieldData>;
  readonly status?: { readonly values: Record<string, unknown>; readonly section?: string };
  readonly sections?: SectionData[];
  readonly variants?: { readonly id: string; readonly sections: SectionData[] }[];
}

export function readDocType(root: string, typeId: string): DocTypeData {
  const spec = JSON.parse(readFileSync(join(root, 'doctypes', `${typeId}.doctype.json`), 'utf8')) as DocTypeFile;
  const schemaFile = spec.frontMatterSchema === undefined ? undefined : join(root, 'schemas', spec.frontMatterSchema);
  const schema = schemaFile === undefined ? {} : ((JSON.parse(readFileSync(schemaFile, 'utf8')) as { properties?: Record<string, SchemaProperty> }).properties ?? {});
  const sections = new Map<string, readonly SectionData[]>();
  if (spec.variants !== undefined) for (const variant of spec.variants) sections.set(variant.id, variant.sections);
  else sections.set('', spec.sections ?? []);
  return {
    id: spec.id,
    label: spec.label,
    fields: spec.fields ?? {},
    statusValues: Object.keys(spec.status?.values ?? {}),
    statusSection: spec.status?.section,
    sections,
    schema,
  };
}

export function sectionsOf(type: DocTypeData, variant = ''): readonly SectionData[] {
  const sections = type.sections.get(variant);
  if (sections === undefined) throw new Error(`${type.id} has no variant '${variant}'`);
  return sections;
}
