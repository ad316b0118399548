import type { FindingReport, RuleMeta } from '../rules/rule';
import type { CatalogEntry } from '../workspace/catalogEntry';
import type { WorkspaceCatalog } from '../workspace/workspaceCatalog';

/** What the host knows beyond the catalogue: the engine reads no clock. */
export interface WorkspaceCheckContext {
  /** Today as YYYY-MM-DD. */
  readonly today: string;
  /** Days a proposed ADR may stay proposed before it is reported. */
  readonly staleProposalDays: number;
  /**
   * The day (YYYY-MM-DD) a document was added to its repository, when the host can tell (from
   * git history); a proposal is counted from it, else from the document's own date.
   */
  readonly addedOn?: (entry: CatalogEntry) => string | undefined;
}

export const defaultWorkspaceCheckContext = (today: string): WorkspaceCheckContext => ({ today, staleProposalDays: 30 });

export interface WorkspaceRuleContext extends WorkspaceCheckContext {
  /** The document being checked. */
  readonly entry: CatalogEntry;
  readonly catalog: WorkspaceCatalog;
  report(finding: FindingReport): void;
}

/**
 * A check that needs more than one document, or the date: it reads catalogue entries, never
 * text, so the host re-runs it cheaply whenever any document or the day changes.
 */
export interface WorkspaceRule {
  readonly meta: RuleMeta;
  check(context: WorkspaceRuleContext): void;
}
