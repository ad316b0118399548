import Ajv from 'ajv';
import docTypeSchema from '../../../../schemas/doctype.schema.json';
import { compilePattern, type PatternEngine } from './checklistPatterns';
import type { CheckSpec, DocTypeSpec } from './docTypeSpec';
import { MAX_TYPE_NESTING, nestsDeeperThan } from './nestingDepth';
import { globProblem } from './teamGlobs';
import { linearRegExp } from './teamPatterns';
import { compileSignalPattern } from './signalPattern';

let validateShape: ReturnType<Ajv['compile']> | undefined;

/**
 * Problems that would make a type fail on every document, or let it stall the server: a spec
 * nested too deep, one that does not match `schemas/doctype.schema.json`, a checklist pattern
 * RE2 cannot run, a glob that does not compile. A team's type with such a problem is left
 * out, with a message naming the field, rather than breaking analysis.
 */
export function checkDocTypeSpec(spec: DocTypeSpec, patternEngine: PatternEngine = 'linear'): string[] {
  if (nestsDeeperThan(spec, MAX_TYPE_NESTING)) return [`the spec nests deeper than ${MAX_TYPE_NESTING} levels`];
  validateShape ??= new Ajv({ allErrors: true, strict: false, code: { regExp: linearRegExp } }).compile(withoutDialect(docTypeSchema));
  const problems: string[] = [];
  if (!validateShape(spec)) {
    for (const error of (validateShape.errors ?? []).slice(0, 5)) {
      problems.push(`${error.instancePath === '' ? 'the spec' : error.instancePath} ${error.message ?? 'is not valid'}`);
    }
    return problems;
  }
  spec.checklist.forEach((item, index) => {
    const checks: Array<{ field: string; check: CheckSpec }> = [{ field: `/checklist/${index}/check`, check: item.check }];
    if (item.when !== undefined) checks.push({ field: `/checklist/${index}/when`, check: item.when });
    for (const { field, check } of checks) {
      for (const pattern of patternsIn(check, field)) {
        const problem = patternProblem(pattern.regex, pattern.flags, patternEngine);
        if (problem !== undefined) problems.push(`checklist item '${item.id}' has a pattern at ${pattern.field} that is refused: ${problem}`);
      }
    }
  });
  for (const signal of spec.detect?.signals ?? []) {
    for (const pattern of [signal.fileName, signal.title]) {
      if (pattern === undefined) continue;
      try {
        compileSignalPattern(pattern);
      } catch (error) {
        problems.push(`detection signal pattern '${pattern}' is not valid RE2 syntax (no backreferences or lookaround): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  for (const key of ['paths', 'exclude'] as const) {
    spec.detect?.[key]?.forEach((glob, index) => {
      const problem = globProblem(glob);
      if (problem !== undefined) problems.push(`the glob at /detect/${key}/${index} is refused: ${problem}`);
    });
  }
  return problems;
}

function patternsIn(check: CheckSpec, field: string): Array<{ regex: string; flags?: string; field: string }> {
  switch (check.kind) {
    case 'pattern':
      return [{ regex: check.regex, flags: check.flags, field: `${field}/regex` }];
    case 'eachItem':
      return check.patterns.map((regex, index) => ({ regex, flags: check.flags, field: `${field}/patterns/${index}` }));
    case 'allOf':
    case 'anyOf':
      return check.checks.flatMap((inner, index) => patternsIn(inner, `${field}/checks/${index}`));
    case 'not':
      return patternsIn(check.check, `${field}/check`);
    default:
      return [];
  }
}

function patternProblem(regex: string, flags: string | undefined, engine: PatternEngine): string | undefined {
  try {
    compilePattern(regex, flags, engine);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function withoutDialect(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _dialect, ...body } = schema;
  return body;
}
