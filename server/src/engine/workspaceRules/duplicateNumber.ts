import { folderOf } from '../workspace/workspaceCatalog';
import { nameOf, numberedRange } from './numberedRange';
import type { WorkspaceRule } from './workspaceRule';

export const duplicateNumber: WorkspaceRule = {
  meta: {
    id: 'duplicate-number',
    title: 'ADR number used once',
    description: 'Two ADRs in one decision log share a number; each file gets the finding, naming the other.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ entry, catalog, report }) {
    if (entry.type !== 'adr' || entry.number === null) return;
    const folder = folderOf(entry);
    const others = catalog.decisionsNumbered(entry.number).filter((other) => other.uri !== entry.uri && folderOf(other) === folder);
    if (others.length === 0) return;
    report({
      message: `ADR number ${entry.number} is also used by ${others.map(nameOf).join(', ')}. Each decision needs its own number.`,
      range: numberedRange(entry),
      data: { number: entry.number, others: others.map((other) => other.uri) },
    });
  },
};
