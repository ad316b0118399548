import Ajv from 'ajv';
import docTypeSchema from '../../../../schemas/doctype.schema.json';
import type { CheckSpec, DocTypeSpec } from './docTypeSpec';

let validateShape: ReturnType<Ajv['compile']> | undefined;

/**
 * Problems that would make a type fail on every document: a spec that does not match
 * `schemas/doctype.schema.json`, or a checklist pattern that is not a valid regex. A team's
 * type with such a problem is left out, with a message, rather than breaking analysis.
 */
export function checkDocTypeSpec(spec: DocTypeSpec): string[] {
  validateShape ??= new Ajv({ allErrors: true, strict: false }).compile(withoutDialect(docTypeSchema));
  const problems: string[] = [];
  if (!validateShape(spec)) {
    for (const error of (validateShape.errors ?? []).slice(0, 5)) {
      problems.push(`${error.instancePath === '' ? 'the spec' : error.instancePath} ${error.message ?? 'is not valid'}`);
    }
    return problems;
  }
  const checks: Array<{ item: string; check: CheckSpec }> = [];
  for (const item of spec.checklist) {
    checks.push({ item: item.id, check: item.check });
    if (item.when !== undefined) checks.push({ item: item.id, check: item.when });
  }
  for (const { item, check } of checks) {
    for (const pattern of patternsIn(check)) {
      try {
        new RegExp(pattern.regex, pattern.flags?.replace(/[gy]/g, ''));
      } catch (error) {
        problems.push(`checklist item '${item}' has an invalid pattern: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return problems;
}

function patternsIn(check: CheckSpec): Array<{ regex: string; flags?: string }> {
  switch (check.kind) {
    case 'pattern':
      return [{ regex: check.regex, flags: check.flags }];
    case 'eachItem':
      return check.patterns.map((regex) => ({ regex, flags: check.flags }));
    case 'allOf':
    case 'anyOf':
      return check.checks.flatMap(patternsIn);
    case 'not':
      return patternsIn(check.check);
    default:
      return [];
  }
}

function withoutDialect(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _dialect, ...body } = schema;
  return body;
}
