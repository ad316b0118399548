/** The Leaddocs engine: text in, findings out. No editor, no connection, no file system. */
export { createEngine } from './createEngine';
export { builtinDocTypes } from './doctypes/builtinDocTypes';
export { defaultEngineSettings } from './engine';
export type { Engine, EngineOptions, EngineSettings } from './engine';
export type { DocumentAnalysis, ChecklistResult, DocumentTitle, FieldValue, NormalizedStatus } from './analysis';
export type { Finding, Fix, Severity, SeveritySetting } from './findings';
export type { DocTypeSpec, ResolvedDocType, SectionSpec, CheckSpec, ChecklistItemSpec, VariantSpec } from './doctypes/docTypeSpec';
export type { RuleMeta } from './rules/rule';
export type { Position, Range, TextEdit } from './text/positions';
export type { LeadDocument, DocumentSource } from './model/leadDocument';
export { parseLeadDocument } from './model/leadDocument';
export { allRules, ruleFailureMeta } from './rules/allRules';
export { LineIndex } from './text/lineIndex';
export { applyTextEdits } from './text/applyEdits';
export type { Rule, RuleContext } from './rules/rule';

// Authoring help: the edits, completions and hovers the server offers, for any host (the CLI too).
export { completionsAt, type CompletionSuggestion } from './authoring/completion';
export { documentOutline, type OutlineSymbol } from './authoring/documentOutline';
export { fixAllEdits, fixAllText, compatibleSafeFixes } from './authoring/fixAll';
export { createFrontMatterFix } from './authoring/frontMatterBlock';
export { hoverAt, type DecisionLookup, type HoverContent } from './authoring/hover';
export { nygardToFrontMatterFix } from './authoring/nygardToFrontMatter';
export { disabledRules, disableRuleFix, disableKey } from './authoring/ruleDisable';
export { workspaceEntryOf, decisionNumber, type AuthoringContext, type DecisionSummary, type WorkspaceEntry } from './authoring/workspaceKnowledge';
