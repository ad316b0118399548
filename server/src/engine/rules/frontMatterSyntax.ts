import { MAX_ALIASED_VALUES, MAX_YAML_NESTING } from '../model/yamlValues';
import type { Rule } from './rule';

export const frontMatterSyntax: Rule = {
  meta: {
    id: 'front-matter-syntax',
    title: 'Front matter is valid YAML',
    description: `The YAML between the \`---\` fences must parse. The error is shown where the parser stopped; the rest of the document is still checked. A value nested deeper than ${MAX_YAML_NESTING} levels, or whose aliases expand to more than ${MAX_ALIASED_VALUES.toLocaleString('en')} values, is reported and left unread so that it cannot stall the editor; the other keys are still read.`,
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ typed, report }) {
    for (const problem of typed.document.frontMatter?.problems ?? []) {
      const message = problem.kind === 'syntax' ? `Front matter is not valid YAML: ${problem.message}` : problem.message;
      report({ message, range: problem.range, data: { yamlCode: problem.code } });
    }
  },
};
