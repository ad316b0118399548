/**
 * "Leaddocs: New ADR", "New Executive Brief" and the rest. Each asks for a title (unless given
 * one), asks the server where the document goes and what it says (folder, name, number, filled
 * template: it knows the workspace's types, settings, naming and templates, as `leaddocs new`
 * does), writes it, opens it and returns its uri: `executeCommand('leaddocs.newAdr', { title, folder })`
 * skips the input box.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { newDocumentTargetRequest, type NewDocumentTarget, type NewDocumentTargetParams } from '../../../server/src/protocol/newDocumentProtocol';
import { documentKinds, type DocumentKind } from './documentKinds';
import { localIsoDate } from '../../../server/src/host/newDocument/templateValues';

export interface NewDocumentArguments {
  readonly title?: string;
  /** Workspace-relative or absolute folder, or its uri; overrides the setting and detection. */
  readonly folder?: string | vscode.Uri;
}

export function registerNewDocumentCommands(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    ...documentKinds.map((kind) =>
      vscode.commands.registerCommand(kind.command, async (args?: NewDocumentArguments) => {
        try {
          return await createDocument(client, kind, isArguments(args) ? args : {});
        } catch (error) {
          void vscode.window.showErrorMessage(`Leaddocs could not create the ${kind.label}: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        }
      }),
    ),
  );
}

async function createDocument(client: BaseLanguageClient, kind: DocumentKind, args: NewDocumentArguments): Promise<vscode.Uri | undefined> {
  const workspaceFolder = targetWorkspaceFolder();
  if (workspaceFolder === undefined) {
    void vscode.window.showErrorMessage(`Open a folder first: the new ${kind.label} is saved in the workspace.`);
    return undefined;
  }
  const title = (args.title ?? (await askTitle(kind)))?.trim();
  if (title === undefined || title === '') return undefined;

  const date = localIsoDate(new Date());
  const params: NewDocumentTargetParams = {
    typeId: kind.typeId,
    title,
    today: date,
    workspaceFolder: workspaceFolder.uri.toString(),
    ...(args.folder === undefined ? {} : { folder: args.folder.toString() }),
    // Where the author is: a log4brains monorepo files the ADR in that package.
    ...(vscode.window.activeTextEditor === undefined ? {} : { near: vscode.window.activeTextEditor.document.uri.toString() }),
  };
  const target = await client.sendRequest<NewDocumentTarget>(newDocumentTargetRequest, params);

  const uri = vscode.Uri.parse(target.uri);
  await vscode.workspace.fs.createDirectory(vscode.Uri.parse(target.folder));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(target.text));
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

function isArguments(value: unknown): value is NewDocumentArguments {
  // Menus pass the clicked resource as the first argument; only a plain object is ours.
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri);
}
