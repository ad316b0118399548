import { closestValue } from '../text/closestValue';
import { addFrontMatterLines, suggestedValue } from '../edits/frontMatterEdits';
import { disableKey } from '../edits/ruleDisable';
import { yamlScalar, yamlValue } from '../edits/yamlText';
import type { Fix } from '../findings';
import type { FrontMatterEntry } from '../model/frontMatter';
import type { LeadDocument } from '../model/leadDocument';
import type { SchemaProblem } from '../doctypes/frontMatterValidator';
import type { Rule } from './rule';

export const frontMatterSchema: Rule = {
  meta: {
    id: 'front-matter-schema',
    title: 'Front matter matches the type\'s schema',
    description: 'Front matter values are checked against `schemas/<type>.schema.json`: types, allowed values and required keys. Quick fixes add a missing key (with the schema\'s default) and replace a value that is not allowed with the closest one.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ typed, report }) {
    const frontMatter = typed.document.frontMatter;
    if (typed.validateFrontMatter === undefined || frontMatter?.isMapping === false) return;
    const fenceRange = frontMatter?.range.start === undefined ? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } : { start: frontMatter.range.start, end: { line: 0, character: 3 } };
    // A value the YAML parser already rejected would only be reported twice.
    const brokenLines = new Set((frontMatter?.problems ?? []).map((problem) => problem.range.start.line));
    for (const problem of typed.validateFrontMatter(checkedData(frontMatter?.data ?? {}))) {
      const entry = problem.key === undefined ? undefined : frontMatter?.entries.get(problem.key);
      if (entry !== undefined && brokenLines.has(entry.keyRange.start.line)) continue;
      const nested = problem.path.split('/').length > 2 ? frontMatter?.rangeAt(problem.path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) : undefined;
      const range = problem.keyword === 'required' || entry === undefined ? fenceRange : problem.keyword === 'additionalProperties' ? entry.keyRange : (nested ?? entry.valueRange);
      const data = { key: problem.key ?? null, keyword: problem.keyword, path: problem.path, params: problem.params };
      const allowed = allowedValuesOf(problem);
      if (problem.keyword === 'required' && problem.key !== undefined && problem.path === '') {
        report({ message: problem.message, range, data, fixes: [addKeyFix(typed.document, problem)] });
      } else if (allowed !== undefined && entry !== undefined && problem.path === `/${problem.key ?? ''}`) {
        const { message, fixes, suggestion } = replaceValueFixes(problem, entry, allowed);
        report({ message, range, data: suggestion === undefined ? data : { ...data, suggestion }, fixes });
      } else {
        report({ message: problem.message, range, data });
      }
    }
  },
};

function addKeyFix(document: LeadDocument, problem: SchemaProblem): Fix {
  const key = problem.key as string;
  const value = suggestedValue(problem.propertySchema, yamlValue);
  return {
    title: `Add '${key}: ${value.text}'`,
    edits: [addFrontMatterLines(document, [`${yamlScalar(key)}: ${value.text}`])],
    // Only the schema's own value is safe to add unasked; a blank still needs the author.
    safe: value.decided,
    preferred: true,
  };
}

/** The preferred fix is the closest allowed value; every allowed value is offered besides. */
function replaceValueFixes(problem: SchemaProblem, entry: FrontMatterEntry, allowed: readonly unknown[]): { message: string; fixes: Fix[]; suggestion: unknown } {
  const written = typeof entry.value === 'string' || typeof entry.value === 'number' ? String(entry.value) : undefined;
  const closest = written === undefined ? undefined : closestValue(written, allowed);
  const replaceWith = (value: unknown, preferred: boolean, safe: boolean): Fix => ({ title: changeTitle(value), edits: [{ range: entry.valueRange, newText: yamlScalar(value) }], safe, ...(preferred ? { preferred } : {}) });
  const fixes: Fix[] = [];
  if (closest !== undefined) fixes.push(replaceWith(closest.value, true, closest.unambiguous));
  for (const value of allowed) if (closest === undefined || value !== closest.value) fixes.push(replaceWith(value, false, false));
  const message = closest === undefined ? problem.message : `${problem.message} Did you mean '${String(closest.value)}'?`;
  return { message, fixes, suggestion: closest?.value };
}

function changeTitle(value: unknown): string {
  return `Change to '${String(value)}'`;
}

function allowedValuesOf(problem: SchemaProblem): readonly unknown[] | undefined {
  if (problem.keyword === 'enum' && Array.isArray(problem.params['allowedValues'])) return problem.params['allowedValues'] as unknown[];
  if (problem.keyword === 'const' && 'allowedValue' in problem.params) return [problem.params['allowedValue']];
  return undefined;
}

/**
 * `status:` with nothing after it is a blank still to fill, not a value of the wrong type; and
 * `leaddocs-disable` is Leaddocs' own key, allowed whatever the type's schema says.
 */
function checkedData(data: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  if (!(disableKey in data) && !Object.values(data).some((value) => value === null || value === undefined)) return data;
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => key !== disableKey && value !== null && value !== undefined));
}
