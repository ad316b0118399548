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
