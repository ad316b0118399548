import type { Rule } from './rule';

export const frontMatterSyntax: Rule = {
  meta: {
    id: 'front-matter-syntax',
    title: 'Front matter is valid YAML',
    description: 'The YAML between the `---` fences must parse. The error is shown where the parser stopped; the rest of the document is still checked.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ typed, report }) {
    for (const problem of typed.document.frontMatter?.problems ?? []) {
      report({ message: `Front matter is not valid YAML: ${problem.message}`, range: problem.range, data: { yamlCode: problem.code } });
    }
  },
};
