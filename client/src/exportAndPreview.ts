/** Issue 5's editor features in one registration: the preview panel and the export commands. */
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerExportCommands } from './export/exportCommands';
import { PreviewController, type PreviewTestHook } from './preview/previewController';

export function registerExportAndPreview(context: vscode.ExtensionContext, client: BaseLanguageClient): PreviewTestHook {
  const preview = new PreviewController(client, context.extensionUri);
  // The last export format is the author's habit, not the workspace's, so it is remembered globally.
  context.subscriptions.push(preview, registerExportCommands(client, context.globalState));
  return preview;
}
