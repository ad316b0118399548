import type { Connection } from 'vscode-languageserver';
import type { CatalogEntry, Finding, WorkspaceCheckContext } from '../../engine';
import { contentHash } from '../../host/catalogCache';
import type { EngineHost } from '../../host/engineHost';
import { toDiagnostic } from '../diagnostics';
import type { Logger } from '../logger';
import type { WorkspaceIndex } from '../workspaceIndex';
import { yieldToEventLoop } from '../yieldToEventLoop';

export interface CrossDocumentDependencies {
  readonly connection: Connection;
  readonly index: WorkspaceIndex;
  readonly engineHost: EngineHost;
  readonly isOpen: (uri: string) => boolean;
  /** Re-publishes an open document's diagnostics (its own findings are cached per version). */
  readonly revalidate: (uri: string) => void;
  /** Today, the settings the checks read, and what the host knows of the documents' history. */
  readonly checkContext: () => WorkspaceCheckContext;
  readonly log: Logger;
}

/**
 * The findings that need the whole workspace: duplicate numbers, one-way supersession, broken
 * references, overdue follow-ups. They are computed from catalogue entries alone, so an edit
 * costs no re-analysis of other files: when an entry changes in a way other documents can see,
 * every document is re-checked against the new catalogue (cheaply, in slices), and only those
 * whose findings changed are published again. Closed documents get these findings too, so a
 * duplicate number shows in both files.
 */
export class CrossDocumentFindings {
  /**
   * Per document, what its findings were when last checked, and what other documents could see
   * of its entry: hashes of their JSON, which is all a comparison needs (the JSON of every
   * document's findings held as strings cost tens of megabytes on a large workspace).
   */
  private readonly current = new Map<string, string>();
  private readonly visibleSignatures = new Map<string, string>();
  private publishedClosed = new Set<string>();
  private generation = 0;
  private disposed = false;

  constructor(private readonly dependencies: CrossDocumentDependencies) {
    dependencies.index.onDidChange((uris) => void this.refresh(uris));
  }

  /** The cross-document findings of one document now; empty for documents that are not catalogued. */
  findingsFor(uri: string): Finding[] {
    const catalog = this.dependencies.index.catalog();
    const entry = catalog.entry(uri);
    if (entry === undefined) return [];
    const findings = this.dependencies.engineHost.checkWorkspace(entry, catalog, this.dependencies.checkContext());
    this.current.set(uri, signatureOf(findings));
    return findings;
  }

  /** What the checks read besides the catalogue changed (the repository's history was read): every document is checked again. */
  contextChanged(): void {
    void this.refresh([]);
  }

  /**
   * The server is shutting down: nothing more is published. A refresh still sending would
   * race the exit, and a client could be left with half a message (vscode-jsonrpc's reader then
   * keeps a timer armed for ever).
   */
  dispose(): void {
    this.disposed = true;
    this.generation++;
  }

  /** A document closed: its cross-document findings stay visible as a closed file's. */
  documentClosed(uri: string): void {
    void this.publishClosed(uri, this.findingsFor(uri));
  }

  private async refresh(changed: readonly string[]): Promise<void> {
    if (this.disposed) return;
    const generation = ++this.generation;
    const catalog = this.dependencies.index.catalog();
    // An edit that moved text but changed nothing another document can see re-checks only itself.
    const visibleChange = changed.length === 0 || changed.some((uri) => this.visibleSignatureChanged(uri, catalog.entry(uri)));
    const uris = visibleChange ? [...new Set([...catalog.entries.map((entry) => entry.uri), ...this.publishedClosed])] : changed;
    for (let start = 0; start < uris.length; start += 200) {
      if (generation !== this.generation) return;
      const published = uris.slice(start, start + 200).map((uri) => this.recheck(uri));
      // The next slice waits until this one's diagnostics are written: a cold start publishes
      // thousands of closed files, and messages queued faster than the client reads them were
      // each held, diagnostics and all, until their turn (tens of megabytes).
      await Promise.all(published);
      await yieldToEventLoop();
    }
  }

  /** Resolves once any diagnostics it published are written. */
  private recheck(uri: string): Promise<void> | undefined {
    const before = this.current.get(uri);
    const findings = this.findingsFor(uri);
    if (signatureOf(findings) === before) return undefined;
    if (!this.dependencies.isOpen(uri)) return this.publishClosed(uri, findings);
    this.dependencies.revalidate(uri);
    return undefined;
  }

  private publishClosed(uri: string, findings: readonly Finding[]): Promise<void> | undefined {
    if (this.disposed || (findings.length === 0 && !this.publishedClosed.has(uri))) return undefined;
    if (findings.length === 0) this.publishedClosed.delete(uri);
    else this.publishedClosed.add(uri);
    return this.dependencies.connection.sendDiagnostics({ uri, diagnostics: findings.map(toDiagnostic) }).catch(() => undefined);
  }

  private visibleSignatureChanged(uri: string, entry: CatalogEntry | undefined): boolean {
    const signature = entry === undefined ? '' : visibleSignature(entry);
    const changed = this.visibleSignatures.get(uri) !== signature;
    this.visibleSignatures.set(uri, signature);
    return changed;
  }
}

/**
 * What other documents' checks read of an entry: not its ranges, which move with every edit,
 * except where other documents' fixes write (the status, the front matter's end).
 */
function visibleSignature(entry: CatalogEntry): string {
  return jsonHash([
    entry.type,
    entry.path,
    entry.number,
    entry.id,
    entry.title?.text,
    entry.status?.value,
    entry.status?.written,
    entry.date,
    entry.supersedes.map((reference) => reference.href ?? reference.target),
    entry.supersededBy.map((reference) => reference.href ?? reference.target),
    entry.anchors,
    entry.numbers.title?.value,
    entry.status?.range,
    entry.editAnchors,
  ]);
}

function signatureOf(findings: readonly Finding[]): string {
  return jsonHash(findings.map((finding) => [finding.code, finding.message, finding.range, finding.severity, finding.fixes]));
}

function jsonHash(value: unknown): string {
  return contentHash(JSON.stringify(value));
}
