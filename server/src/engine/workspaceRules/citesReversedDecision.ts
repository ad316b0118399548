import type { CatalogEntry } from '../workspace/catalogEntry';
import { labelOf } from './numberedRange';
import type { WorkspaceRule } from './workspaceRule';

const REVERSED = new Set(['superseded', 'rejected', 'deprecated']);

export const citesReversedDecision: WorkspaceRule = {
  meta: {
    id: 'cites-reversed-decision',
    title: 'Portfolio evidence is still standing',
    description: 'A portfolio cites an ADR that was later superseded, rejected or deprecated; say what became of it.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ entry, catalog, report }) {
    if (entry.type !== 'portfolio') return;
    const cite = (cited: CatalogEntry | undefined, range: CatalogEntry['links'][number]['range']): void => {
      if (cited === undefined || cited.type !== 'adr' || !REVERSED.has(cited.status?.value ?? '')) return;
      const successor = cited.supersededBy[0];
      const replacement = successor === undefined ? undefined : catalog.resolve(successor, cited);
      const tail = replacement?.kind === 'found' ? ` by ${labelOf(replacement.entry)}` : '';
      report({ message: `This cites ${labelOf(cited)}, which was ${cited.status!.value}${tail}.`, range, data: { cited: cited.uri } });
    };
    for (const link of entry.links) cite(catalog.linkTarget(entry, link.href)?.entry, link.range);
    for (const mention of entry.decisionMentions) cite(catalog.decision(mention.number, entry), mention.range);
  },
};
