/**
 * `leaddocs.fixAllOnSave`: applies Leaddocs' fix-all as part of saving a markdown document,
 * for authors who want it without editing `editor.codeActionsOnSave` by hand.
 */
import * as vscode from 'vscode';
import { fixAllEdits } from './fixAllEdits';

export function registerFixAllOnSave(): vscode.Disposable {
  return vscode.workspace.onWillSaveTextDocument((event) => {
    const { document } = event;
    if (document.languageId !== 'markdown') return;
    // Like codeActionsOnSave's "explicit": an auto-save after a delay must not rewrite text mid-typing.
    if (event.reason === vscode.TextDocumentSaveReason.AfterDelay) return;
    if (!vscode.workspace.getConfiguration('leaddocs', document.uri).get<boolean>('fixAllOnSave', false)) return;
    // A failed request must not fail the save: the document is saved unfixed.
    event.waitUntil(fixAllEdits(document).catch(() => []));
  });
}
