/** Links clicked in the preview open through VS Code; the webview itself never navigates. */
import * as vscode from 'vscode';

const EXTERNAL = /^(https?|mailto|tel):/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export async function openPreviewLink(href: string, source: vscode.Uri): Promise<void> {
  if (EXTERNAL.test(href)) {
    await vscode.env.openExternal(vscode.Uri.parse(href, true));
    return;
  }
  // The server leaves unsafe schemes as text, so another scheme here is a bug or tampering.
  if (ANY_SCHEME.test(href) || href.startsWith('#')) return;
  const [path = ''] = href.split(/[?#]/);
  if (path === '') return;
  const target = path.startsWith('/')
    ? vscode.Uri.joinPath(vscode.workspace.getWorkspaceFolder(source)?.uri ?? source, decodeURIComponent(path))
    : vscode.Uri.joinPath(source, '..', decodeURIComponent(path));
  await vscode.commands.executeCommand('vscode.open', target);
}
