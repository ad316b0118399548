import type { Rule } from './rule';

export const frontMatterSchema: Rule = {
  meta: {
    id: 'front-matter-schema',
    title: 'Front matter matches the type\'s schema',
    description: 'Front matter values are checked against `schemas/<type>.schema.json`: types, allowed values and required keys.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ typed, report }) {
    const frontMatter = typed.document.frontMatter;
    if (typed.validateFrontMatter === undefined || frontMatter?.isMapping === false) return;
    const fenceRange = frontMatter?.range.start === undefined ? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } : { start: frontMatter.range.start, end: { line: 0, character: 3 } };
    // A value the YAML parser already rejected would only be reported twice.
    const brokenLines = new Set((frontMatter?.problems ?? []).map((problem) => problem.range.start.line));
    for (const problem of typed.validateFrontMatter(withoutBlanks(frontMatter?.data ?? {}))) {
      const entry = problem.key === undefined ? undefined : frontMatter?.entries.get(problem.key);
      if (entry !== undefined && brokenLines.has(entry.keyRange.start.line)) continue;
      const range = problem.keyword === 'required' || entry === undefined ? fenceRange : problem.keyword === 'additionalProperties' ? entry.keyRange : entry.valueRange;
      report({ message: problem.message, range, data: { key: problem.key ?? null, keyword: problem.keyword, path: problem.path, params: problem.params } });
    }
  },
};

/** `status:` with nothing after it is a blank still to fill, not a value of the wrong type. */
function withoutBlanks(data: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  if (!Object.values(data).some((value) => value === null || value === undefined)) return data;
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null && value !== undefined));
}
