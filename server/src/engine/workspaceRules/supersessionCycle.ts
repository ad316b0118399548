import type { CatalogEntry } from '../workspace/catalogEntry';
import { nameOf } from './numberedRange';
import type { WorkspaceRule } from './workspaceRule';

export const supersessionCycle: WorkspaceRule = {
  meta: {
    id: 'supersession-cycle',
    title: 'Supersession does not loop',
    description: 'Following "superseded by" from this decision comes back to it, so no decision in the chain is current.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ entry, catalog, report }) {
    const first = entry.supersededBy[0];
    if (first === undefined) return;
    const chain: CatalogEntry[] = [entry];
    let current = entry;
    // Bounded by the catalogue's size: a chain longer than that has looped.
    for (let step = 0; step <= catalog.entries.length; step++) {
      const reference = current.supersededBy[0];
      if (reference === undefined) return;
      const resolved = catalog.resolve(reference, current);
      if (resolved.kind !== 'found') return;
      const next = resolved.entry;
      if (next.uri === entry.uri) {
        report({ message: `Supersession loops: ${[...chain, entry].map((link) => link.id ?? nameOf(link)).join(' → ')}.`, range: first.range, data: { chain: chain.map((link) => link.uri) } });
        return;
      }
      // A loop that does not pass through this entry is reported on its own members.
      if (chain.some((link) => link.uri === next.uri)) return;
      chain.push(next);
      current = next;
    }
  },
};
