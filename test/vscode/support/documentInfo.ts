/** Leaddocs' view of a document, for the text the editor holds now. */
import type * as vscode from 'vscode';
import type { LeaddocsApi } from '../../../client/src/api';
import type { DocumentInfo } from '../../../client/src/documentInfo';
import { nextEvent } from './waitFor';

/**
 * The server's info for the document's current version: asked for directly, or awaited from the
 * `documentInfoChanged` notification when the server has not caught up with the editor yet.
 */
export async function currentDocumentInfo(api: LeaddocsApi, document: vscode.TextDocument): Promise<DocumentInfo> {
  const uri = document.uri.toString();
  const validated = nextEvent(api.onDidChangeDocumentInfo, (info) => info.uri === uri && info.version === document.version, `documentInfo for ${uri} v${document.version}`);
  validated.catch(() => undefined); // only awaited when the direct answer is stale
  const answered = await api.documentInfo(document.uri);
  return answered.version === document.version ? answered : validated;
}
