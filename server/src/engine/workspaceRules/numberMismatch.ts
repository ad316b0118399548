import type { WorkspaceRule } from './workspaceRule';

export const numberMismatch: WorkspaceRule = {
  meta: {
    id: 'number-mismatch',
    title: 'ADR number agrees with its file name',
    description: 'The number in the title or the front matter `id` differs from the number in the file name.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ entry, report }) {
    const { fileName, title, frontMatter } = entry.numbers;
    if (entry.type !== 'adr' || fileName === null) return;
    for (const [where, written] of [['title', title], ['front matter id', frontMatter]] as const) {
      if (written === null || written.value === fileName) continue;
      report({
        message: `The ${where} says ${written.value} but the file name says ${fileName}. References by number will reach the wrong decision.`,
        range: written.range,
        data: { written: written.value, fileName },
      });
    }
  },
};
