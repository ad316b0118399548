import type { CatalogEntry } from '../workspace/catalogEntry';
import { relativePath } from '../workspaceRules/supersessionEdits';
import type { WorkspaceCatalog } from '../workspace/workspaceCatalog';
import { spliceGeneratedBlock } from './decisionLogMarkers';

export interface DecisionLogOptions {
  /** Repository-relative path of the log file (`docs/decisions/README.md`). */
  readonly logPath: string;
  /** `number`: one list in number order; `status`: a group per status, each in number order. */
  readonly order: 'number' | 'status';
}

// Groups in the order a reader wants them: what is in force first, what is history last.
const STATUS_ORDER = ['accepted', 'implemented', 'proposed', 'deprecated', 'superseded', 'rejected'];

/**
 * The decision log file's new text: every ADR of the log's folder with number, title, status,
 * date and supersession, between markers so the rest of the file stays the team's. The same
 * catalogue always gives the same text, so running it twice changes nothing.
 */
export function renderDecisionLog(catalog: WorkspaceCatalog, options: DecisionLogOptions, existing: string | undefined): string {
  const folder = options.logPath.slice(0, options.logPath.lastIndexOf('/') + 1);
  // A log file that looks like an ADR to detection is still the log, not one of its decisions.
  const decisions = (catalog.decisionFolders().get(folder) ?? []).filter((entry) => entry.path !== options.logPath).sort(byNumber);
  const eol = existing?.includes('\r\n') === true ? '\r\n' : '\n';
  // adr-tools logs list `1. Title` links; a MADR or log4brains log reads better as a table.
  const asList = decisions.length > 0 && decisions.filter((entry) => entry.numbers.title !== null).length * 2 > decisions.length;
  const render = (group: readonly CatalogEntry[]): string[] => (asList ? listLines(group, catalog, options.logPath) : tableLines(group, catalog, options.logPath));
  const lines: string[] = [];
  if (decisions.length === 0) {
    lines.push('_No decisions recorded yet._');
  } else if (options.order === 'number') {
    lines.push(...render(decisions));
  } else {
    for (const [status, group] of groupByStatus(decisions)) lines.push(`### ${status}`, '', ...render(group), '');
    lines.pop();
  }
  return spliceGeneratedBlock(existing, `${lines.join(eol)}${eol}`, 'Decision log', eol);
}

function tableLines(decisions: readonly CatalogEntry[], catalog: WorkspaceCatalog, logPath: string): string[] {
  return [
    '| # | Decision | Status | Date | Superseded by |',
    '|---|---|---|---|---|',
    ...decisions.map((entry) => `| ${entry.number ?? ''} | ${link(entry, logPath)} | ${cell(statusText(entry))} | ${entry.date ?? ''} | ${successors(entry, catalog, logPath)} |`),
  ];
}

function listLines(decisions: readonly CatalogEntry[], catalog: WorkspaceCatalog, logPath: string): string[] {
  return decisions.map((entry) => {
    const superseded = successors(entry, catalog, logPath);
    const details = [statusText(entry), entry.date ?? ''].filter((part) => part !== '').join(', ');
    return `* ${link(entry, logPath)}${details === '' ? '' : ` — ${details}`}${superseded === '' ? '' : `; superseded by ${superseded}`}`;
  });
}

function link(entry: CatalogEntry, logPath: string): string {
  const title = entry.title?.text ?? entry.path ?? entry.uri;
  const label = entry.numbers.title !== null && entry.number !== null ? `${entry.number}. ${title}` : title;
  const href = entry.path === null ? entry.uri : relativePath(logPath, entry.path);
  return `[${cell(label).replace(/[[\]]/g, '\\$&')}](${encodeURI(href)})`;
}

function successors(entry: CatalogEntry, catalog: WorkspaceCatalog, logPath: string): string {
  return entry.supersededBy
    .map((reference) => catalog.resolve(reference, entry))
    .flatMap((resolved) => (resolved.kind === 'found' ? [resolved.entry] : []))
    .map((successor) => `[${cell(successor.id ?? successor.title?.text ?? '')}](${encodeURI(successor.path === null ? successor.uri : relativePath(logPath, successor.path))})`)
    .join(', ');
}

function statusText(entry: CatalogEntry): string {
  return entry.status?.value ?? entry.status?.written ?? '';
}

function groupByStatus(decisions: readonly CatalogEntry[]): Array<[string, CatalogEntry[]]> {
  const groups = new Map<string, CatalogEntry[]>();
  for (const entry of decisions) {
    const key = entry.status?.value ?? 'unknown';
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const rank = (status: string): number => (STATUS_ORDER.includes(status) ? STATUS_ORDER.indexOf(status) : STATUS_ORDER.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([status, group]) => [status === 'unknown' ? 'No status' : status.charAt(0).toUpperCase() + status.slice(1), group]);
}

function byNumber(a: CatalogEntry, b: CatalogEntry): number {
  return (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER) || (a.path ?? a.uri).localeCompare(b.path ?? b.uri);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
