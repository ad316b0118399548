import type { Connection } from 'vscode-languageserver';
import { renderDecisionLog, type CatalogEntry, type Finding } from '../../engine';
import type { WorkspaceFiles } from '../../host/workspaceFiles';
import {
  decisionLogViewRequest,
  generateDecisionLogRequest,
  type DecisionLogFile,
  type DecisionLogView,
  type DecisionLogViewGroup,
  type GenerateDecisionLogParams,
  type GenerateDecisionLogResult,
} from '../../protocol/decisionLogProtocol';
import type { DecisionLogSettings } from '../../settings/parseSettings';
import type { OpenDocuments } from '../documents';
import { guarded } from '../guard';
import type { Logger } from '../logger';
import type { WorkspaceIndex } from '../workspaceIndex';
import { uriOfPath } from '../../host/repositoryPaths';

export interface DecisionLogDependencies {
  readonly index: WorkspaceIndex;
  readonly documents: OpenDocuments;
  readonly files: WorkspaceFiles;
  readonly crossDocumentFindings: (uri: string) => readonly Finding[];
  readonly settings: () => DecisionLogSettings;
  readonly log: Logger;
}

const FOLLOW_UPS = new Set(['review-overdue', 'overdue-action-item', 'lapsed-feedback']);
const STATUS_ORDER = ['proposed', 'accepted', 'implemented', 'deprecated', 'superseded', 'rejected'];
const TYPE_LABELS: Readonly<Record<string, string>> = { brief: 'Executive briefs', 'mentorship-plan': 'Mentorship plans', portfolio: 'Portfolios', postmortem: 'Postmortems' };

export function registerDecisionLogRequests(connection: Connection, dependencies: DecisionLogDependencies): void {
  const { log } = dependencies;
  connection.onRequest(generateDecisionLogRequest, guarded(log, 'generating the decision log', { files: [] }, (params: GenerateDecisionLogParams | undefined) => generateDecisionLogs(params ?? {}, dependencies)));
  connection.onRequest(decisionLogViewRequest, guarded(log, 'the decision log view', { groups: [], health: { findings: 0, overdueFollowUps: 0, staleProposals: 0 }, indexing: false }, () => decisionLogView(dependencies)));
}

/** Each ADR folder's log as it should read, from the whole workspace once it is indexed. */
export async function generateDecisionLogs(params: GenerateDecisionLogParams, { index, documents, files, settings }: DecisionLogDependencies): Promise<GenerateDecisionLogResult> {
  await index.whenScanned();
  const catalog = index.catalog();
  const { file, order } = settings();
  const logs: DecisionLogFile[] = [];
  for (const [folder, decisions] of catalog.decisionFolders()) {
    const anchor = decisions[0];
    const uri = anchor === undefined ? undefined : uriOfPath(`${folder}${file}`, anchor);
    const folderUri = anchor === undefined ? undefined : uriOfPath(folder, anchor);
    if (uri === undefined || folderUri === undefined) continue;
    if (params.uri !== undefined && !`${params.uri}/`.startsWith(folderUri) && !params.uri.startsWith(folderUri)) continue;
    const existing = documents.get(uri)?.getText() ?? (await files.readText(uri).catch(() => undefined));
    const text = renderDecisionLog(catalog, { logPath: `${folder}${file}`, order }, existing);
    logs.push({ uri, text, changed: text !== existing, exists: existing !== undefined, decisions: decisions.length });
  }
  return { files: logs };
}

/** The Explorer view: ADRs by status, then the other types, each with its problems; and the health line. */
export function decisionLogView({ index, crossDocumentFindings }: DecisionLogDependencies): DecisionLogView {
  const catalog = index.catalog();
  const groups = new Map<string, { label: string; rank: number; items: Array<DecisionLogViewGroup['items'][number] & { sortKey: string }> }>();
  const health = { findings: 0, overdueFollowUps: 0, staleProposals: 0 };
  for (const entry of catalog.entries) {
    const across = crossDocumentFindings(entry.uri);
    const errors = entry.findingCounts.error + across.filter((finding) => finding.severity === 'error').length;
    const warnings = entry.findingCounts.warning + across.filter((finding) => finding.severity === 'warning').length;
    health.findings += errors + warnings;
    health.overdueFollowUps += across.filter((finding) => FOLLOW_UPS.has(finding.code)).length;
    health.staleProposals += across.filter((finding) => finding.code === 'stale-proposal').length;
    const { id, label, rank } = groupOf(entry);
    const group = groups.get(id) ?? { label, rank, items: [] };
    groups.set(id, group);
    group.items.push({
      uri: entry.uri,
      label: labelOf(entry),
      description: [entry.status?.value ?? entry.status?.written, entry.date].filter((part) => part !== null && part !== undefined && part !== '').join(' · '),
      status: entry.status?.value ?? null,
      errors,
      warnings,
      problems: across.map((finding) => finding.message),
      sortKey: `${String(entry.number ?? 999_999).padStart(6, '0')} ${labelOf(entry).toLowerCase()}`,
    });
  }
  return {
    groups: [...groups.entries()]
      .sort(([a, x], [b, y]) => x.rank - y.rank || a.localeCompare(b))
      .map(([id, group]) => ({ id, label: `${group.label} (${group.items.length})`, items: group.items.sort((a, b) => a.sortKey.localeCompare(b.sortKey)).map(({ sortKey: _sortKey, ...item }) => item) })),
    health,
    indexing: index.isScanning,
  };
}

function groupOf(entry: CatalogEntry): { id: string; label: string; rank: number } {
  if (entry.type === 'adr') {
    const status = entry.status?.value ?? 'no status';
    const rank = STATUS_ORDER.includes(status) ? STATUS_ORDER.indexOf(status) : STATUS_ORDER.length;
    return { id: `adr:${status}`, label: `ADRs — ${status}`, rank };
  }
  return { id: entry.type, label: TYPE_LABELS[entry.type] ?? entry.type, rank: 100 };
}

function labelOf(entry: CatalogEntry): string {
  const title = entry.title?.text ?? entry.path?.split('/').pop() ?? entry.uri;
  return entry.type === 'adr' && entry.id !== null ? `${entry.id} ${title}` : title;
}

