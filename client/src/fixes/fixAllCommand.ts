/**
 * "Leaddocs: Fix All in Document": the fix-all source action as a command, so a keybinding,
 * the walkthrough and tests can run it. Returns whether anything changed.
 */
import * as vscode from 'vscode';
import { fixAllEdits } from './fixAllEdits';

export const FIX_ALL_COMMAND = 'leaddocs.fixAll';

export function registerFixAllCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(FIX_ALL_COMMAND, async (resource?: unknown) => {
    const document = resource instanceof vscode.Uri ? await vscode.workspace.openTextDocument(resource) : vscode.window.activeTextEditor?.document;
    if (document === undefined || document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Open a markdown document to fix its Leaddocs findings.');
      return false;
    }
    const edits = await fixAllEdits(document);
    if (edits.length === 0) {
      void vscode.window.setStatusBarMessage('Leaddocs: nothing to fix automatically', 3000);
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    return vscode.workspace.applyEdit(edit);
  });
}
