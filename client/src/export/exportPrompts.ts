/** The export commands' questions and their last notification; each modal, so nothing is overwritten by accident. */
import * as vscode from 'vscode';

/** True when the author chooses "Export anyway" despite the concerns. */
export async function confirmDespiteConcerns(documentName: string, concerns: readonly string[], answer: boolean | undefined): Promise<boolean> {
  if (answer !== undefined) return answer;
  const exportAnyway = 'Export anyway';
  const chosen = await vscode.window.showWarningMessage(
    `${documentName} is not ready to leave the editor yet.`,
    { modal: true, detail: concerns.map((concern) => `• ${concern}`).join('\n') },
    exportAnyway,
  );
  return chosen === exportAnyway;
}

/** True when the author agrees to replace `target`. */
export async function confirmReplace(target: vscode.Uri, answer: boolean | undefined): Promise<boolean> {
  if (answer !== undefined) return answer;
  const replace = 'Replace';
  const chosen = await vscode.window.showWarningMessage(
    `${vscode.workspace.asRelativePath(target)} already exists. Replace it?`,
    { modal: true, detail: 'The existing file is overwritten with this export.' },
    replace,
  );
  return chosen === replace;
}

/** "Exported …" with Open and Reveal; not awaited by the command, so it never blocks a caller. */
export async function offerExported(target: vscode.Uri, summary: string, opensInEditor: boolean): Promise<void> {
  const open = 'Open';
  const reveal = 'Reveal';
  const chosen = await vscode.window.showInformationMessage(summary, open, reveal);
  if (chosen === open) {
    // A PDF, deck or Word file belongs in its own application; Markdown goes back to the editor.
    if (opensInEditor) await vscode.commands.executeCommand('vscode.open', target);
    else await vscode.env.openExternal(target);
  } else if (chosen === reveal) {
    // A remote window (code-server, SSH) cannot show the user's file manager; the Explorer can.
    await vscode.commands.executeCommand(vscode.env.remoteName === undefined ? 'revealFileInOS' : 'revealInExplorer', target);
  }
}
