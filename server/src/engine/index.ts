/** The Leaddocs engine: text in, findings out. No editor, no connection, no file system. */
export { createEngine } from './createEngine';
export { builtinDocTypes } from './doctypes/builtinDocTypes';
export { MAX_TYPE_NESTING, nestsDeeperThan } from './doctypes/nestingDepth';
// Hosts reading YAML configuration guard the parser the way front matter is guarded.
export { findDeepEntries } from './model/yamlNesting';
export { documentFolderGlobs } from './doctypes/typeSignals';
export { anyGlob } from './doctypes/teamGlobs';
export { defaultEngineSettings } from './engine';
export type { Engine, EngineOptions, EngineSettings } from './engine';
export type { DocumentAnalysis } from './analysis';
export type { ChecklistResult } from './checklist/evaluateChecklist';
export type { DocumentTitle } from './model/documentTitle';
export type { FieldValue } from './derive/fields';
export type { NormalizedStatus } from './derive/status';
export type { Finding, Fix, Severity, SeveritySetting } from './findings';
export type { DocTypeSpec, ResolvedDocType, SectionSpec, CheckSpec, ChecklistItemSpec, VariantSpec } from './doctypes/docTypeSpec';
export type { RuleMeta } from './rules/rule';
export type { Position, Range, TextEdit } from './text/positions';
export type { BodyBlocks, LeadDocument, DocumentSource } from './model/leadDocument';
export type { Block, Heading, Section } from './model/blocks';
export { outlineOf, parseLeadDocument } from './model/leadDocument';
export { allRules, ruleFailureMeta, tooManyFindingsMeta, MAX_FINDINGS } from './rules/allRules';
export { ruleDocumentationUrl } from './rules/ruleDocumentation';
export { LineIndex } from './text/lineIndex';
export { parseFrontMatter, type FrontMatter } from './model/frontMatter';
export { applyTextEdits } from './text/applyEdits';
export { diffEdits } from './text/textDiff';
export type { Rule, RuleContext } from './rules/rule';

// Authoring help: the edits, completions and hovers the server offers, for any host (the CLI too).
export { completionsAt, type CompletionSuggestion } from './assist/completion';
export { documentOutline, type OutlineSymbol } from './assist/documentOutline';
export { fixAllEdits, fixAllText, compatibleSafeFixes } from './assist/fixAll';
export { createFrontMatterFix } from './assist/frontMatterBlock';
export { hoverAt, type HoverContent } from './assist/hover';
export { nygardToFrontMatterFix } from './assist/nygardToFrontMatter';
export { disabledRules, disableRuleFix, disableKey } from './edits/ruleDisable';
export { authoringContextOf, decisionSummaryOf, type AuthoringContext, type DecisionSummary } from './assist/workspaceKnowledge';

// The workspace as a whole: the catalogue of documents, checks across them, the decision log.
export type { CatalogEntry, ActionItem, DocumentPlace, ReferenceAt, ReferencingDocument, LinkAt, StatusAt } from './workspace/catalogEntry';
export { WorkspaceCatalog, folderOf, resolvePath, type FileExists, type Resolution } from './workspace/workspaceCatalog';
export { numberInPath, numberInId } from './workspace/documentNumbers';
export { referenceAt, referenceSites, documentStart, type ReferenceSite } from './workspace/referencesAt';
export { relativePath } from './workspaceRules/supersessionEdits';
export { allWorkspaceRules } from './workspaceRules/allWorkspaceRules';
export { defaultWorkspaceCheckContext, type WorkspaceCheckContext, type WorkspaceRule } from './workspaceRules/workspaceRule';
export { renderDecisionLog, type DecisionLogOptions } from './decisionLog/renderDecisionLog';
export { DECISION_LOG_START, DECISION_LOG_END } from './decisionLog/decisionLogMarkers';
export type { DocumentEdits } from './findings';
