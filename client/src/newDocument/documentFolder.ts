/**
 * Where a new document goes: the folder the author asked for, else the setting, else the folder
 * that already holds most documents of its type, else the type's default folder.
 */
import * as vscode from 'vscode';
import type { DocumentKind } from './documentKinds';

/** Enough to find where a team keeps its documents, without reading a whole monorepo. */
const MAX_FILES_PER_GLOB = 500;

export async function documentFolder(kind: DocumentKind, workspaceFolder: vscode.WorkspaceFolder, extensionUri: vscode.Uri, asked?: string | vscode.Uri): Promise<vscode.Uri> {
  if (asked instanceof vscode.Uri) return asked;
  if (asked !== undefined && asked.trim() !== '') return inWorkspace(workspaceFolder, asked);
  const configured = vscode.workspace.getConfiguration('leaddocs', workspaceFolder.uri).get<string>(kind.folderSetting, '');
  if (configured.trim() !== '') return inWorkspace(workspaceFolder, configured);
  return (await detectedFolder(kind, workspaceFolder, extensionUri)) ?? inWorkspace(workspaceFolder, kind.defaultFolder);
}

/** A path from a setting or an argument: absolute, or relative to the workspace folder. */
export function inWorkspace(workspaceFolder: vscode.WorkspaceFolder, path: string): vscode.Uri {
  if (/^([a-zA-Z]:[\\/]|\/)/.test(path)) return vscode.Uri.file(path);
  return vscode.Uri.joinPath(workspaceFolder.uri, ...path.split(/[\\/]/).filter((part) => part !== '' && part !== '.'));
}

/** The folder holding the most markdown files that the type's path globs match. */
async function detectedFolder(kind: DocumentKind, workspaceFolder: vscode.WorkspaceFolder, extensionUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const counts = new Map<string, { readonly folder: vscode.Uri; count: number }>();
  for (const glob of await typeGlobs(kind.typeId, workspaceFolder, extensionUri)) {
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(workspaceFolder, glob), '**/node_modules/**', MAX_FILES_PER_GLOB);
    for (const file of files) {
      if (!file.path.toLowerCase().endsWith('.md')) continue;
      const folder = vscode.Uri.joinPath(file, '..');
      const entry = counts.get(folder.toString()) ?? { folder, count: 0 };
      entry.count += 1;
      counts.set(folder.toString(), entry);
    }
  }
  let best: { readonly folder: vscode.Uri; count: number } | undefined;
  for (const entry of counts.values()) if (best === undefined || entry.count > best.count) best = entry;
  return best?.folder;
}

/** The type's path globs: the team's `leaddocs.documentTypes.paths`, else those its doctype ships with. */
async function typeGlobs(typeId: string, workspaceFolder: vscode.WorkspaceFolder, extensionUri: vscode.Uri): Promise<readonly string[]> {
  const configured = vscode.workspace.getConfiguration('leaddocs', workspaceFolder.uri).get<Record<string, unknown>>('documentTypes.paths', {})[typeId];
  if (Array.isArray(configured)) return configured.filter((glob): glob is string => typeof glob === 'string');
  if (typeof configured === 'string') return [configured];
  try {
    const spec = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'doctypes', `${typeId}.doctype.json`)))) as { detect?: { paths?: unknown } };
    const paths = spec.detect?.paths;
    return Array.isArray(paths) ? paths.filter((glob): glob is string => typeof glob === 'string') : [];
  } catch {
    return [];
  }
}
