/**
 * The examples' custom type (`rfc`, from `.leaddocs/types/` through the workspace setting
 * `leaddocs.customTypes`) as Leaddocs sees it, in a trusted and in a restricted workspace.
 */
import * as vscode from 'vscode';
import type { DocumentInfo } from '../../../client/src/documentInfo';
import { currentDocumentInfo } from './documentInfo';
import { activeLeaddocs } from './leaddocs';
import { workspaceUri } from './workspace';

export const CUSTOM_TYPE_DOCUMENT = 'rfcs/0001-substitution-preferences.md';
export const BUILT_IN_TYPE_DOCUMENT = 'docs/decisions/0001-use-an-event-driven-order-pipeline.md';

export async function documentInfoOf(relativePath: string): Promise<DocumentInfo> {
  const api = await activeLeaddocs();
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  await vscode.window.showTextDocument(document);
  return currentDocumentInfo(api, document);
}
