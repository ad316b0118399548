import type { WorkspaceRule } from './workspaceRule';

export const unknownDecision: WorkspaceRule = {
  meta: {
    id: 'unknown-decision',
    title: 'Decision references name a real ADR',
    description: 'An `ADR-0042`-style mention whose number no ADR in the workspace has.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ entry, catalog, report }) {
    // Without a single ADR in the workspace there is no log to check mentions against.
    if (catalog.decisionFolders().size === 0) return;
    for (const mention of entry.decisionMentions) {
      if (entry.type === 'adr' && mention.number === entry.number) continue;
      if (catalog.decisionsNumbered(mention.number).length > 0) continue;
      report({ message: `No ADR in the workspace is numbered ${mention.number} (${mention.text}).`, range: mention.range, data: { number: mention.number } });
    }
  },
};
