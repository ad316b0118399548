import Ajv, { type ErrorObject } from 'ajv';

export interface FrontMatterValidator {
  (data: unknown): readonly SchemaProblem[];
}

export interface SchemaProblem {
  /** JSON pointer of the offending value (`/status`, `/goals/0/metric`). */
  readonly path: string;
  /** Top-level key the problem belongs to, when there is one. */
  readonly key: string | undefined;
  readonly message: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** The schema of the key a problem is about (its `default`, `enum`, `type`), when known. */
  readonly propertySchema?: Readonly<Record<string, unknown>> | undefined;
}
import { linearRegExp } from './teamPatterns';

export interface SchemaCompilerOptions {
  /**
   * Check each schema against JSON Schema's meta-schema before compiling it, so a team's broken
   * schema is reported. Compiling the meta-schema was 40% of building an engine (which every
   * CLI run and worker thread does), so the built-in schemas, checked by a test, skip it.
   */
  readonly checkSchemas: boolean;
}

/**
 * Compiles front matter schemas with ajv. Not strict: a team's schema may carry keywords of
 * its own (`markdownDescription`, `x-…`), which must not stop its documents being checked.
 * Every `pattern` runs on RE2 (`linearRegExp`): a team's `^(a|aa)+$` cannot stall the server.
 */
export function createSchemaCompiler(options: SchemaCompilerOptions): (schema: Readonly<Record<string, unknown>>) => FrontMatterValidator {
  // `verbose` hands each error its schema, so a quick fix can offer the missing key's default.
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, validateSchema: options.checkSchemas, verbose: true, code: { regExp: linearRegExp } });
  return (schema) => {
    const { $schema: _dialect, ...body } = schema;
    const validate = ajv.compile(body);
    return (data) => (validate(data) ? [] : (validate.errors ?? []).map(toProblem));
  };
}

function toProblem(error: ErrorObject): SchemaProblem {
  const segments = error.instancePath.split('/').slice(1);
  const missing = error.keyword === 'required' ? String(error.params['missingProperty']) : undefined;
  const key = segments[0] !== undefined ? unescapePointer(segments[0]) : missing;
  return { path: error.instancePath, key, message: describe(error), keyword: error.keyword, params: error.params, propertySchema: propertySchemaOf(error, missing) };
}

/** The schema of the property a problem is about: the missing key's, or the offending value's. */
function propertySchemaOf(error: ErrorObject, missing: string | undefined): Readonly<Record<string, unknown>> | undefined {
  if (missing !== undefined) {
    const properties = asRecord(asRecord(error.parentSchema)?.['properties']);
    return asRecord(properties?.[missing]);
  }
  return asRecord(error.parentSchema);
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'Front matter' : `'${error.instancePath.slice(1).split('/').map(unescapePointer).join('.')}'`;
  switch (error.keyword) {
    case 'required':
      return `Front matter is missing the required key '${String(error.params['missingProperty'])}'.`;
    case 'enum':
      return `${where} must be one of: ${(error.params['allowedValues'] as unknown[]).map(String).join(', ')}.`;
    case 'const':
      return `${where} must be '${String(error.params['allowedValue'])}'.`;
    case 'type':
      return `${where} must be ${String(error.params['type']).replace(',', ' or ')}.`;
    case 'additionalProperties':
      return `Front matter key '${String(error.params['additionalProperty'])}' is not allowed for this document type.`;
    default:
      return `${where} ${error.message ?? 'is not valid'}.`;
  }
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
