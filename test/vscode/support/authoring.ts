/** Helpers for the authoring suites: scratch documents, code actions and settings that are put back. */
import * as vscode from 'vscode';
import { fixAllCodeActionKind } from '../../../server/src/protocol/authoringProtocol';

export const FIX_ALL_KIND = vscode.CodeActionKind.Empty.append(fixAllCodeActionKind);

const scratchDocuments: vscode.TextDocument[] = [];

/** An untitled markdown editor holding `lines`, joined with `\n`; closed again by `closeScratchEditors`. */
export async function untitledMarkdown(lines: readonly string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: lines.join('\n') });
  scratchDocuments.push(document);
  return vscode.window.showTextDocument(document);
}

/**
 * Reverts and closes the untitled editors a suite opened, so later suites do not pay for them
 * (a restarted server is sent every open document again). Reverting first: closing a dirty
 * untitled editor would ask whether to save it.
 */
export async function closeScratchEditors(): Promise<void> {
  for (const document of scratchDocuments.splice(0)) {
    if (document.isClosed) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/** Code actions VS Code collects for the range, resolved so each carries its edit. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>('vscode.executeCodeActionProvider', uri, range, kind.value, 20);
  return (actions ?? []).filter((action): action is vscode.CodeAction => action instanceof vscode.CodeAction);
}

export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit === undefined) throw new Error(`'${action.title}' carries no edit`);
  if (!(await vscode.workspace.applyEdit(action.edit))) throw new Error(`'${action.title}' could not be applied`);
}

export function wholeDocument(document: vscode.TextDocument): vscode.Range {
  return new vscode.Range(0, 0, document.lineCount, 0);
}

/** Sets a `leaddocs` workspace setting for the length of `body`, then puts the old value back. */
export async function withSetting<T>(key: string, value: unknown, body: () => Thenable<T>): Promise<T> {
  const configuration = vscode.workspace.getConfiguration('leaddocs');
  const previous = configuration.inspect(key)?.workspaceValue;
  await configuration.update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration('leaddocs').update(key, previous, vscode.ConfigurationTarget.Workspace);
  }
}

/** Today as the commands and snippets write it. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export async function readWorkspaceText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}
