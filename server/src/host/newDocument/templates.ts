/** A new document's starting text: the team's template when the workspace has one, else the built-in. */
import * as vscode from 'vscode';

export async function loadTemplate(name: string, workspaceFolder: vscode.WorkspaceFolder, extensionUri: vscode.Uri): Promise<string> {
  const teamFolder = vscode.workspace.getConfiguration('leaddocs', workspaceFolder.uri).get<string>('templates.folder', '').trim();
  // In restricted mode a workspace supplies no templates: only the built-in ones are used.
  if (teamFolder !== '' && vscode.workspace.isTrusted) {
    const teamTemplate = await readText(vscode.Uri.joinPath(inWorkspace(workspaceFolder, teamFolder), `${name}.md`));
    if (teamTemplate !== undefined) return teamTemplate;
  }
  const builtIn = await readText(vscode.Uri.joinPath(extensionUri, 'templates', `${name}.md`));
  if (builtIn === undefined) throw new Error(`The built-in template '${name}.md' is missing from the extension.`);
  return builtIn;
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** A path from a setting: absolute, or relative to the workspace folder. */
function inWorkspace(workspaceFolder: vscode.WorkspaceFolder, path: string): vscode.Uri {
  if (/^([a-zA-Z]:[\\/]|\/)/.test(path)) return vscode.Uri.file(path);
  return vscode.Uri.joinPath(workspaceFolder.uri, ...path.split(/[\\/]/).filter((part) => part !== '' && part !== '.'));
}
