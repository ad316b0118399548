import { folderOf } from '../workspace/workspaceCatalog';
import { numberedRange } from './numberedRange';
import type { WorkspaceRule } from './workspaceRule';

export const numberingGap: WorkspaceRule = {
  meta: {
    id: 'numbering-gap',
    title: 'ADR numbers have no gaps',
    description: 'Numbers are missing before this ADR in its decision log (a deleted or never-merged record). Off unless turned on.',
    defaultSeverity: 'information',
    fixable: false,
    enabledByDefault: false,
  },
  check({ entry, catalog, report }) {
    if (entry.type !== 'adr' || entry.number === null) return;
    const numbers = catalog.numbersInFolder(folderOf(entry));
    const position = numbers.indexOf(entry.number);
    const previous = position > 0 ? (numbers[position - 1] as number) : -1;
    // The first ADR of a log may be 0 or 1; anything below the lowest number is not a gap.
    if (previous < 0 || entry.number - previous <= 1) return;
    const first = previous + 1;
    const last = entry.number - 1;
    report({
      message: first === last ? `No ADR is numbered ${first}, before this one.` : `No ADRs are numbered ${first}–${last}, before this one.`,
      range: numberedRange(entry),
      data: { missing: [first, last] },
    });
  },
};
