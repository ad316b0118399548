/** Where an export is written: next to its source, or in the `leaddocs.export.folder` setting's folder. */
import * as vscode from 'vscode';

/**
 * The folder for `source`'s exports, or undefined when there is nowhere sensible (an untitled
 * document outside any workspace, with no folder configured).
 */
export function exportFolder(source: vscode.Uri): vscode.Uri | undefined {
  const configured = vscode.workspace.getConfiguration('leaddocs', source).get<string>('export.folder', '').trim();
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(source) ?? vscode.workspace.workspaceFolders?.[0];
  const nextToSource = source.scheme === 'untitled' ? workspaceFolder?.uri : vscode.Uri.joinPath(source, '..');
  if (configured === '') return nextToSource;
  if (isAbsolute(configured)) return vscode.Uri.file(configured);
  // A relative folder is read from the document's workspace folder, as other workspace settings are.
  const base = workspaceFolder?.uri ?? nextToSource;
  return base === undefined ? undefined : vscode.Uri.joinPath(base, ...configured.split(/[\\/]/));
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path);
}

export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
