/**
 * "Leaddocs: Generate Decision Log": the server renders each ADR folder's log, the client
 * writes them as one workspace edit (one undo step) and saves them. Logs the server says are
 * already current are left alone, so a second run changes nothing. Returns the URIs written.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  generateDecisionLogRequest,
  type DecisionLogFile,
  type GenerateDecisionLogParams,
  type GenerateDecisionLogResult,
} from '../../../server/src/protocol/decisionLogProtocol';
import { writtenMessage } from './decisionLogText';

export const GENERATE_DECISION_LOG_COMMAND = 'leaddocs.generateDecisionLog';

export function registerGenerateDecisionLogCommand(client: BaseLanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(GENERATE_DECISION_LOG_COMMAND, async (resource?: unknown): Promise<vscode.Uri[]> => {
    try {
      // Given a folder or a file in it (as other extensions may): only that ADR folder's log.
      const params: GenerateDecisionLogParams = resource instanceof vscode.Uri ? { uri: resource.toString() } : {};
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Leaddocs: generating the decision log' },
        () => client.sendRequest<GenerateDecisionLogResult>(generateDecisionLogRequest, params),
      );
      if (result.files.length === 0) {
        void vscode.window.showInformationMessage('Leaddocs found no ADRs in this workspace, so there is no decision log to write.');
        return [];
      }
      const changed = result.files.filter((file) => file.changed);
      const written = await writeLogs(changed);
      void vscode.window.showInformationMessage(writtenMessage(changed.map((file) => ({ ...file, path: vscode.workspace.asRelativePath(vscode.Uri.parse(file.uri)) }))));
      return written;
    } catch (error) {
      void vscode.window.showErrorMessage(`Leaddocs could not write the decision log: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  });
}

async function writeLogs(files: readonly DecisionLogFile[]): Promise<vscode.Uri[]> {
  if (files.length === 0) return [];
  const edit = new vscode.WorkspaceEdit();
  const uris: vscode.Uri[] = [];
  for (const file of files) {
    const uri = vscode.Uri.parse(file.uri);
    uris.push(uri);
    if (file.exists) {
      // The server rendered from the editor's text when the log is open, so the whole text is replaced.
      const document = await vscode.workspace.openTextDocument(uri);
      edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), file.text);
    } else {
      edit.createFile(uri, { ignoreIfExists: true });
      edit.insert(uri, new vscode.Position(0, 0), file.text);
    }
  }
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('VS Code refused the edit');
  for (const uri of uris) {
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.isDirty && !(await document.save())) throw new Error(`${vscode.workspace.asRelativePath(uri)} could not be saved`);
  }
  return uris;
}
