import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionParams, type Connection } from 'vscode-languageserver';
import { localToday } from './localToday';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { completionsAt, type CompletionSuggestion } from '../engine';
import type { OpenDocuments } from './documents';
import type { DocumentAnalyses } from './documentAnalyses';
import type { EngineHost } from '../host/engineHost';
import { guarded } from './guard';
import type { Logger } from './logger';
import type { WorkspaceIndex } from './workspaceIndex';

/** `key: ` asks for a value, `- ` and `[`/`,` for a list item, and `## ` for a section. */
export const completionTriggerCharacters = [':', ' ', '-', '[', ','];

const kinds: Record<CompletionSuggestion['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  date: CompletionItemKind.Value,
  person: CompletionItemKind.Value,
  decision: CompletionItemKind.Reference,
  section: CompletionItemKind.Module,
};

export interface CompletionDependencies {
  readonly documents: OpenDocuments;
  readonly analyses: DocumentAnalyses;
  readonly engineHost: EngineHost;
  readonly index: WorkspaceIndex;
  readonly log: Logger;
  /** Today as YYYY-MM-DD; tests pin it. */
  readonly today?: () => string;
}

export function registerCompletion(connection: Connection, dependencies: CompletionDependencies): void {
  connection.onCompletion(guarded(dependencies.log, 'completion', [], (params: CompletionParams) => completionsFor(params, dependencies)));
}

async function completionsFor(params: CompletionParams, { documents, analyses, engineHost, index, today = localToday }: CompletionDependencies): Promise<CompletionItem[]> {
  const typed = documents.get(params.textDocument.uri);
  // Completion is asked for on every space; outside front matter and headings it costs nothing,
  // and in particular no analysis of a version the debounced validation has not reached yet.
  if (typed === undefined || !mayOfferCompletions(typed, params.position.line)) return [];
  const open = await analyses.ofOpenDocument(params.textDocument.uri);
  if (open === undefined) return [];
  const suggestions = completionsAt(open.analysis, engineHost.docTypes, params.position, index.context(today()));
  return suggestions.map((suggestion) => ({
    label: suggestion.label,
    kind: kinds[suggestion.kind],
    ...(suggestion.detail === undefined ? {} : { detail: suggestion.detail }),
    ...(suggestion.documentation === undefined || suggestion.documentation === '' ? {} : { documentation: { kind: MarkupKind.Markdown, value: suggestion.documentation } }),
    sortText: suggestion.sortText,
    filterText: suggestion.label,
    textEdit: { range: suggestion.range, newText: suggestion.insertText },
  }));
}

function mayOfferCompletions(document: TextDocument, line: number): boolean {
  const lineText = (at: number): string => document.getText({ start: { line: at, character: 0 }, end: { line: at + 1, character: 0 } }).replace(/\r?\n$/, '');
  if (/^#{2,6}[ \t]/.test(lineText(line))) return true;
  if (line === 0 || !/^---[ \t]*$/.test(lineText(0).replace(/^\uFEFF/, ''))) return false;
  for (let above = 1; above < line; above++) if (/^(---|\.\.\.)[ \t]*$/.test(lineText(above))) return false;
  return true;
}
