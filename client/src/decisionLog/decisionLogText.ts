/**
 * What the decision log's view and command say, as plain text: no `vscode` here, so the
 * wording is unit-tested without an editor.
 */
import type { DecisionLogFile, DecisionLogView, DecisionLogViewItem } from '../../../server/src/protocol/decisionLogProtocol';

/** The view's health line: open findings, overdue follow-ups and stale proposals, or that indexing is under way. */
export function healthLine(view: DecisionLogView): string {
  if (view.indexing) return 'Indexing…';
  if (view.groups.length === 0) return 'No leadership documents in this workspace yet.';
  const { findings, overdueFollowUps, staleProposals } = view.health;
  if (findings + overdueFollowUps + staleProposals === 0) return 'Healthy: no open findings, follow-ups on time, no stale proposals.';
  return [count(findings, 'open finding'), count(overdueFollowUps, 'overdue follow-up'), count(staleProposals, 'stale proposal')].join(' · ');
}

/** The item's problem badge beside its status and date: "2 errors, 1 warning". */
export function problemBadge(item: Pick<DecisionLogViewItem, 'errors' | 'warnings'>): string {
  const parts = [];
  if (item.errors > 0) parts.push(count(item.errors, 'error'));
  if (item.warnings > 0) parts.push(count(item.warnings, 'warning'));
  return parts.join(', ');
}

/** One line per written log: "Updated docs/decisions/README.md (12 decisions)". */
export function writtenMessage(written: ReadonlyArray<Pick<DecisionLogFile, 'exists' | 'decisions'> & { readonly path: string }>): string {
  if (written.length === 0) return 'The decision log is up to date.';
  return written.map((file) => `${file.exists ? 'Updated' : 'Created'} ${file.path} (${count(file.decisions, 'decision')})`).join('; ');
}

function count(n: number, noun: string): string {
  return `${n === 0 ? 'no' : String(n)} ${noun}${n === 1 ? '' : 's'}`;
}
