/**
 * "Leaddocs: New ADR", "New Executive Brief" and the rest. Each asks for a title (unless given
 * one), writes the next free file in the type's folder from its template, opens it and returns
 * its uri: `executeCommand('leaddocs.newAdr', { title, folder })` skips the input box.
 */
import * as vscode from 'vscode';
import { documentFolder } from './documentFolder';
import { documentKinds, looksLikeNygardAdr, NYGARD_ADR_TEMPLATE, type DocumentKind } from './documentKinds';
import { detectNamingScheme, fillTemplate, localIsoDate, nextDocumentName, slugify, type NamingScheme } from './numbering';
import { loadTemplate, readText } from './templates';

export interface NewDocumentArguments {
  readonly title?: string;
  /** Workspace-relative or absolute folder, or its uri; overrides the setting and detection. */
  readonly folder?: string | vscode.Uri;
}

export function registerNewDocumentCommands(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.Disposable.from(
    ...documentKinds.map((kind) =>
      vscode.commands.registerCommand(kind.command, async (args?: NewDocumentArguments) => {
        try {
          return await createDocument(kind, extensionUri, isArguments(args) ? args : {});
        } catch (error) {
          void vscode.window.showErrorMessage(`Leaddocs could not create the ${kind.label}: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        }
      }),
    ),
  );
}

async function createDocument(kind: DocumentKind, extensionUri: vscode.Uri, args: NewDocumentArguments): Promise<vscode.Uri | undefined> {
  const workspaceFolder = targetWorkspaceFolder();
  if (workspaceFolder === undefined) {
    void vscode.window.showErrorMessage(`Open a folder first: the new ${kind.label} is saved in the workspace.`);
    return undefined;
  }
  const title = (args.title ?? (await askTitle(kind)))?.trim();
  if (title === undefined || title === '') return undefined;

  const folder = await documentFolder(kind, workspaceFolder, extensionUri, args.folder);
  const names = await fileNames(folder);
  const scheme = detectNamingScheme(names, kind.naming);
  const date = localIsoDate(new Date());
  const { fileName, number } = nextDocumentName(names, scheme, slugify(title), date);
  const template = await loadTemplate(await templateName(kind, folder, names, scheme), workspaceFolder, extensionUri);

  const uri = vscode.Uri.joinPath(folder, fileName);
  await vscode.workspace.fs.createDirectory(folder);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(fillTemplate(template, { title, date, number })));
  await vscode.window.showTextDocument(uri);
  return uri;
}

function askTitle(kind: DocumentKind): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: `New ${kind.label}`,
    prompt: 'Title',
    placeHolder: kind.typeId === 'adr' ? 'Use PostgreSQL for orders' : undefined,
    validateInput: (value) => (value.trim() === '' ? 'A title names the file and heads the document.' : undefined),
  });
}

/** The folder of the active editor's file, so a multi-root workspace files the document where the author is working. */
function targetWorkspaceFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active === undefined ? undefined : vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}

async function fileNames(folder: vscode.Uri): Promise<string[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(folder)).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
  } catch {
    return []; // The folder does not exist yet; it is created with the first document.
  }
}

async function templateName(kind: DocumentKind, folder: vscode.Uri, names: readonly string[], scheme: NamingScheme): Promise<string> {
  if (kind.typeId !== 'adr' || scheme.kind !== 'numbered') return kind.template;
  const latest = [...names].filter((name) => /^\D*\d/.test(name) && name.toLowerCase().endsWith('.md')).sort().at(-1);
  const text = latest === undefined ? undefined : await readText(vscode.Uri.joinPath(folder, latest));
  return text !== undefined && looksLikeNygardAdr(text) ? NYGARD_ADR_TEMPLATE : kind.template;
}

function isArguments(value: unknown): value is NewDocumentArguments {
  // Menus pass the clicked resource as the first argument; only a plain object is ours.
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri);
}
