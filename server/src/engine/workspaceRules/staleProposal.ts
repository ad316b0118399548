import { daysBetween } from '../workspace/calendar';
import type { WorkspaceRule } from './workspaceRule';

export const staleProposal: WorkspaceRule = {
  meta: {
    id: 'stale-proposal',
    title: 'Proposals are decided',
    description: 'An ADR has been proposed for longer than `leaddocs.decisionLog.staleProposalDays` days, counted from its date.',
    defaultSeverity: 'information',
    fixable: false,
  },
  check({ entry, today, staleProposalDays, report }) {
    if (entry.type !== 'adr' || entry.status?.value !== 'proposed' || entry.date === null) return;
    const age = daysBetween(entry.date, today);
    if (age <= staleProposalDays) return;
    report({ message: `Proposed for ${age} days (since ${entry.date}). Decide it, or say what it is waiting for.`, range: entry.status.range, data: { since: entry.date, days: age } });
  },
};
