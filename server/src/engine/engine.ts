import type { DocumentAnalysis } from './analysis';
import type { ResolvedDocType } from './doctypes/docTypeSpec';
import type { SeveritySetting } from './findings';
import type { DocumentSource } from './model/leadDocument';
import type { Rule, RuleMeta } from './rules/rule';

export interface EngineSettings {
  /** Rule id → severity override, or 'off'. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** Completeness score (0–100) at which a document passes. */
  readonly passMark: number;
  /** Type id → workspace-relative globs; replaces that type's default paths. */
  readonly pathGlobs: Readonly<Record<string, readonly string[]>>;
}

export const defaultEngineSettings: EngineSettings = { rules: {}, passMark: 80, pathGlobs: {} };

export interface EngineOptions {
  /** Built-in types first, then a team's own; a later type with the same id replaces an earlier one. */
  readonly docTypes: readonly ResolvedDocType[];
  readonly settings?: Partial<EngineSettings>;
  /** The rules to run; all built-in rules when absent. Tests pass their own to probe the engine. */
  readonly rules?: readonly Rule[];
}

/**
 * The validation engine. Pure: the result depends only on the options and the source given,
 * so a host may cache it per document version.
 */
export interface Engine {
  analyze(source: DocumentSource): DocumentAnalysis;
  readonly rules: readonly RuleMeta[];
  readonly docTypes: readonly ResolvedDocType[];
  /** Problems with the engine's own configuration (a custom type whose schema does not compile). */
  readonly configurationProblems: readonly string[];
}
