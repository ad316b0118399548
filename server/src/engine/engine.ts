import type { DocumentAnalysis } from './analysis';
import type { ResolvedDocType } from './doctypes/docTypeSpec';
import type { SeveritySetting } from './findings';
import type { DocumentSource } from './model/leadDocument';
import type { Finding } from './findings';
import type { Rule, RuleMeta } from './rules/rule';
import type { CatalogEntry } from './workspace/catalogEntry';
import type { WorkspaceCatalog } from './workspace/workspaceCatalog';
import type { WorkspaceCheckContext, WorkspaceRule } from './workspaceRules/workspaceRule';

export interface EngineSettings {
  /** Rule id → severity override, or 'off'. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** Completeness score (0–100) at which a document passes. */
  readonly passMark: number;
  /** Type id → workspace-relative globs; replaces that type's default paths. */
  readonly pathGlobs: Readonly<Record<string, readonly string[]>>;
  /** Globs of files never checked, whatever they contain (`leaddocs: off` in front matter does it for one file). */
  readonly ignore: readonly string[];
}

export const defaultEngineSettings: EngineSettings = { rules: {}, passMark: 80, pathGlobs: {}, ignore: [] };

export interface EngineOptions {
  /** Built-in types first, then a team's own; a later type with the same id replaces an earlier one. */
  readonly docTypes: readonly ResolvedDocType[];
  readonly settings?: Partial<EngineSettings>;
  /** The rules to run; all built-in rules when absent. Tests pass their own to probe the engine. */
  readonly rules?: readonly Rule[];
  /** The cross-document rules to run; all built-in ones when absent. */
  readonly workspaceRules?: readonly WorkspaceRule[];
}

/**
 * The validation engine. Pure: the result depends only on the options and the source given,
 * so a host may cache it per document version.
 */
export interface Engine {
  analyze(source: DocumentSource): DocumentAnalysis;
  /**
   * Findings that need other documents or the date, for one catalogued document. Cheap: it reads
   * catalogue entries only, so the host runs it again whenever the catalogue or the day changes.
   */
  checkWorkspace(entry: CatalogEntry, catalog: WorkspaceCatalog, context: WorkspaceCheckContext): Finding[];
  readonly rules: readonly RuleMeta[];
  readonly docTypes: readonly ResolvedDocType[];
  /** Problems with the engine's own configuration (a custom type whose schema does not compile). */
  readonly configurationProblems: readonly string[];
}
