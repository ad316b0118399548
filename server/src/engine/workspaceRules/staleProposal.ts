import { daysBetween } from '../workspace/calendar';
import type { WorkspaceRule } from './workspaceRule';

export const staleProposal: WorkspaceRule = {
  meta: {
    id: 'stale-proposal',
    title: 'Proposals are decided',
    description:
      'An ADR has been proposed for longer than `leaddocs.decisionLog.staleProposalDays` days, counted from the day it was added to the git repository when there is one, else from its date.',
    defaultSeverity: 'information',
    fixable: false,
  },
  check({ entry, today, staleProposalDays, addedOn, report }) {
    if (entry.type !== 'adr' || entry.status?.value !== 'proposed') return;
    const added = addedOn?.(entry);
    const since = added ?? entry.date;
    if (since === null) return;
    const age = daysBetween(since, today);
    if (age <= staleProposalDays) return;
    const when = added === undefined ? `since ${since}` : `added to the repository on ${since}`;
    report({ message: `Proposed for ${age} days (${when}). Decide it, or say what it is waiting for.`, range: entry.status.range, data: { since, days: age, from: added === undefined ? 'date' : 'history' } });
  },
};
