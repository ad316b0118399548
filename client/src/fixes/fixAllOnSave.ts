/**
 * `leaddocs.fixAllOnSave`: applies Leaddocs' fix-all as part of saving a markdown document,
 * for authors who want it without editing `editor.codeActionsOnSave` by hand.
 */
import * as vscode from 'vscode';
import { fixAllEdits } from './fixAllEdits';

/**
 * VS Code gives a save participant 1.5 s and ignores one that overruns three times for the rest
 * of the session; a fix that comes later is dropped instead, so the next save still gets one.
 */
const SAVE_BUDGET_MS = 1200;

export function registerFixAllOnSave(): vscode.Disposable {
  return vscode.workspace.onWillSaveTextDocument((event) => {
    const { document } = event;
    if (document.languageId !== 'markdown') return;
    // Like codeActionsOnSave's "explicit": an auto-save after a delay must not rewrite text mid-typing.
    if (event.reason === vscode.TextDocumentSaveReason.AfterDelay) return;
    if (!vscode.workspace.getConfiguration('leaddocs', document.uri).get<boolean>('fixAllOnSave', false)) return;
    event.waitUntil(withinBudget(fixAllEdits(document)));
  });
}

function withinBudget(edits: Promise<vscode.TextEdit[]>): Promise<vscode.TextEdit[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<vscode.TextEdit[]>((resolve) => {
    timer = setTimeout(() => resolve([]), SAVE_BUDGET_MS);
  });
  // A failed request must not fail the save either: the document is saved unfixed.
  return Promise.race([edits.catch(() => []), late]).finally(() => clearTimeout(timer));
}
