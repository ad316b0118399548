/** The client side of Leaddocs' `leaddocs/documentInfo` request and its change notification. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  documentInfoChangedNotification,
  documentInfoRequest,
  type DocumentInfo,
  type DocumentInfoParams,
} from '../../server/src/protocol/leaddocsProtocol';

export type { DocumentInfo };

export function requestDocumentInfo(client: BaseLanguageClient, uri: vscode.Uri): Promise<DocumentInfo> {
  const params: DocumentInfoParams = { uri: uri.toString() };
  return client.sendRequest<DocumentInfo>(documentInfoRequest, params);
}

/**
 * The server's `documentInfoChanged` notifications as an event. The client library keeps one
 * handler per method, so this registers it once and everything else listens here.
 */
export class DocumentInfoFeed implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DocumentInfo>();
  private readonly registration: vscode.Disposable;
  /** Fires after every validation of an open document. */
  readonly onDidChange = this.changed.event;

  constructor(client: BaseLanguageClient) {
    // Registered before start(); the library keeps it across server restarts.
    this.registration = client.onNotification(documentInfoChangedNotification, (info: DocumentInfo) => this.changed.fire(info));
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
