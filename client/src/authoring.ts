/** The author's help on the client side: the "New …" commands, fix-all (command and on save) and rule disabling. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerDisableRuleInWorkspace } from './fixes/disableRuleInWorkspace';
import { registerFixAllCommand } from './fixes/fixAllCommand';
import { registerFixAllOnSave } from './fixes/fixAllOnSave';
import { registerNewDocumentCommands } from './newDocument/newDocumentCommands';

export function registerAuthoring(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    registerNewDocumentCommands(client),
    registerFixAllCommand(),
    registerFixAllOnSave(),
    registerDisableRuleInWorkspace(),
  );
}
