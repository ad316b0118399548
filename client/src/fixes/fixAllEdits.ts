/** Asks the language server for its fix-all action on a document and returns the edits it makes there. */
import * as vscode from 'vscode';
import { fixAllCodeActionKind } from '../../../server/src/protocol/authoringProtocol';

export const FIX_ALL_KIND = vscode.CodeActionKind.Empty.append(fixAllCodeActionKind);

/** Through VS Code's provider command, so the edits are exactly what the Source Action menu would apply. */
export async function fixAllEdits(document: vscode.TextDocument): Promise<vscode.TextEdit[]> {
  const wholeDocument = new vscode.Range(0, 0, document.lineCount, 0);
  // The last argument resolves actions whose edit is computed lazily.
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>('vscode.executeCodeActionProvider', document.uri, wholeDocument, FIX_ALL_KIND.value, 1);
  const fixAll = actions?.find((action): action is vscode.CodeAction => action instanceof vscode.CodeAction && action.kind !== undefined && FIX_ALL_KIND.contains(action.kind));
  return fixAll?.edit?.get(document.uri) ?? [];
}
