import { CodeActionKind, type CodeAction, type CodeActionParams, type Connection, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { createFrontMatterFix, diffEdits, disableRuleFix, nygardToFrontMatterFix, type DocumentAnalysis, type Finding, type Fix } from '../engine';
import { disableRuleInWorkspaceCommand, fixAllCodeActionKind } from '../protocol/authoringProtocol';
import { analysisFailureCode, type LeaddocsDiagnosticData, type LeaddocsFix } from '../protocol/leaddocsProtocol';
import type { DocumentAnalyses } from './documentAnalyses';
import type { EngineHost } from '../host/engineHost';
import { guarded } from './guard';
import type { Logger } from './logger';

/** The kinds the server offers, announced in its capabilities. */
export const codeActionKinds = [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, fixAllCodeActionKind];

export interface CodeActionDependencies {
  readonly analyses: DocumentAnalyses;
  readonly engineHost: EngineHost;
  readonly log: Logger;
  /** The document's current cross-document findings; their fixes may edit other documents. */
  readonly crossDocumentFindings?: (uri: string) => readonly Finding[];
}

/**
 * Quick fixes come from the fixes each diagnostic carries in `data`, so nothing is parsed again
 * to offer them; fix-all, the front matter refactorings and "disable in this document" use the
 * analysis the host has cached for the document's version.
 */
export function registerCodeActions(connection: Connection, dependencies: CodeActionDependencies): void {
  connection.onCodeAction(guarded(dependencies.log, 'code actions', [], (params: CodeActionParams) => codeActionsFor(params, dependencies)));
}

async function codeActionsFor(params: CodeActionParams, { analyses, engineHost, crossDocumentFindings = () => [] }: CodeActionDependencies): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  const wants = (kind: string): boolean => params.context.only === undefined || params.context.only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
  // Fix-all is a source action: offered when asked for by kind (on save, or the Source Action menu).
  const wantsFixAll = params.context.only?.some((asked) => fixAllCodeActionKind === asked || fixAllCodeActionKind.startsWith(`${asked}.`)) === true;
  const leaddocsDiagnostics = wants(CodeActionKind.QuickFix) ? params.context.diagnostics.filter((diagnostic) => diagnostic.source === 'leaddocs' && diagnostic.code !== analysisFailureCode) : [];
  if (leaddocsDiagnostics.length === 0 && !wantsFixAll && !wants(CodeActionKind.RefactorRewrite)) return [];

  const open = await analyses.ofOpenDocument(uri);
  if (open === undefined || open.analysis.type === null) return [];
  const actions = quickFixes(uri, leaddocsDiagnostics, open.analysis, crossDocumentFindings(uri));
  if (wantsFixAll) {
    const edits = diffEdits(open.text, await analyses.fixedText(open));
    if (edits.length > 0) actions.push({ title: 'Fix all Leaddocs problems that have a safe fix', kind: fixAllCodeActionKind, edit: { changes: { [uri]: edits } } });
  }
  if (wants(CodeActionKind.RefactorRewrite)) actions.push(...refactorings(uri, open.analysis, engineHost));
  return actions;
}

/** Each diagnostic's own fixes, then per rule: disable it in this document, or for the workspace. */
function quickFixes(uri: string, diagnostics: readonly Diagnostic[], analysis: DocumentAnalysis, across: readonly Finding[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    // A diagnostic published for an older version carries edits for that text: applied to the
    // current one they would land in the wrong place, so only current findings offer fixes.
    if (analysis.findings.some((finding) => isSameFinding(finding, diagnostic))) {
      for (const fix of fixesOf(diagnostic)) actions.push(quickFix(uri, fix, diagnostic));
      continue;
    }
    // A cross-document fix edits other files as the catalogue has them now, so its edits are
    // taken from the current finding, never from what the client hands back.
    const current = across.find((finding) => isSameFinding(finding, diagnostic));
    for (const fix of current?.fixes ?? []) actions.push(quickFix(uri, fix, diagnostic));
  }
  const ruleIds = new Set(diagnostics.map((diagnostic) => String(diagnostic.code ?? '')).filter((id) => id !== ''));
  for (const ruleId of ruleIds) {
    const ofRule = diagnostics.filter((diagnostic) => diagnostic.code === ruleId);
    actions.push({ ...quickFix(uri, disableRuleFix(analysis.document, ruleId)), diagnostics: ofRule });
    const title = `Disable '${ruleId}' for the workspace`;
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: ofRule, command: { title, command: disableRuleInWorkspaceCommand, arguments: [ruleId] } });
  }
  return actions;
}

function refactorings(uri: string, analysis: DocumentAnalysis, engineHost: EngineHost): CodeAction[] {
  const docType = engineHost.docTypes.find((candidate) => candidate.spec.id === analysis.type);
  const fixes = [nygardToFrontMatterFix(analysis), docType === undefined ? undefined : createFrontMatterFix(analysis, docType)];
  return fixes.filter((fix): fix is Fix => fix !== undefined).map((fix) => ({ title: fix.title, kind: CodeActionKind.RefactorRewrite, edit: { changes: { [uri]: [...fix.edits] } } }));
}

function quickFix(uri: string, fix: LeaddocsFix, diagnostic?: Diagnostic): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    ...(diagnostic === undefined ? {} : { diagnostics: [diagnostic] }),
    ...(fix.preferred === true ? { isPreferred: true } : {}),
    edit: { changes: changesOf(uri, fix) },
  };
}

/** A fix's edits by document: its own, and for a cross-document fix, the other files'. */
function changesOf(uri: string, fix: LeaddocsFix | Fix): Record<string, TextEdit[]> {
  const changes: Record<string, TextEdit[]> = {};
  const add = (target: string, edits: readonly TextEdit[]): void => {
    if (edits.length > 0) changes[target] = [...(changes[target] ?? []), ...edits.map((edit): TextEdit => ({ range: edit.range, newText: edit.newText }))];
  };
  add(uri, fix.edits);
  for (const other of ('otherDocuments' in fix ? fix.otherDocuments : undefined) ?? []) add(other.uri, other.edits);
  return changes;
}

/** The fixes a diagnostic carries; a client may hand back `data` it has mangled, so it is checked. */
function fixesOf(diagnostic: Diagnostic): readonly LeaddocsFix[] {
  const data = diagnostic.data as Partial<LeaddocsDiagnosticData> | undefined;
  if (data === undefined || data === null || !Array.isArray(data.fixes)) return [];
  return data.fixes.filter((fix) => typeof fix?.title === 'string' && Array.isArray(fix.edits));
}

function isSameFinding(finding: Finding, diagnostic: Diagnostic): boolean {
  const { start, end } = diagnostic.range;
  return (
    finding.code === diagnostic.code &&
    finding.message === diagnostic.message &&
    finding.range.start.line === start.line &&
    finding.range.start.character === start.character &&
    finding.range.end.line === end.line &&
    finding.range.end.character === end.character
  );
}
