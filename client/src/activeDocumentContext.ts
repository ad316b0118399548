import * as vscode from 'vscode';
import type { DocumentStatus } from './documentStatus';

/** The `when`-clause key holding the active document's Leaddocs type (`brief`, `adr`, …, or ''). */
export const ACTIVE_DOCUMENT_TYPE = 'leaddocs.activeDocumentType';

/**
 * Mirrors the status item's document type into a context key, so menus can offer
 * "Export Brief…" on briefs only.
 */
export function trackActiveDocumentType(status: DocumentStatus): vscode.Disposable {
  return status.onDidShow((info) => void vscode.commands.executeCommand('setContext', ACTIVE_DOCUMENT_TYPE, info.type ?? ''));
}
