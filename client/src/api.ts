/**
 * What `activate()` returns: a small handle for tests (and other extensions) to reach the
 * running client, ask for a document's info and find the server process.
 */
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ServerCrash } from './crashRecovery';
import type { DecisionLogTestHook } from './decisionLog/registerDecisionLog';
import { requestDocumentInfo, type DocumentInfo, type DocumentInfoFeed } from './documentInfo';
import type { DocumentStatus } from './documentStatus';
import type { PreviewTestHook } from './preview/previewController';

export interface LeaddocsApi {
  readonly client: BaseLanguageClient;
  documentInfo(uri: vscode.Uri): Promise<DocumentInfo>;
  /** Process id of the running server, or undefined while it is down. */
  serverPid(): number | undefined;
  /** What the language status item shows now. */
  statusText(): { readonly text: string; readonly detail: string | undefined };
  readonly onDidShowStatus: vscode.Event<DocumentInfo>;
  /** Every `leaddocs/documentInfoChanged` the server sends, for any open document. */
  readonly onDidChangeDocumentInfo: vscode.Event<DocumentInfo>;
  readonly onDidCrash: vscode.Event<ServerCrash>;
  /** The preview panel's last message and the webview's acknowledgements, so tests wait instead of sleeping. */
  readonly preview: PreviewTestHook;
  /** The Decision Log view's data and health line, and when it changes. */
  readonly decisionLog: DecisionLogTestHook;
}

export interface ApiParts {
  readonly client: BaseLanguageClient;
  readonly feed: DocumentInfoFeed;
  readonly status: DocumentStatus;
  readonly onDidCrash: vscode.Event<ServerCrash>;
  readonly preview: PreviewTestHook;
  /** The server's process id; a server in a browser worker has none. */
  readonly serverPid: () => number | undefined;
  readonly decisionLog: DecisionLogTestHook;
}

export function createApi({ client, feed, status, onDidCrash, preview, serverPid, decisionLog }: ApiParts): LeaddocsApi {
  return {
    client,
    documentInfo: (uri) => requestDocumentInfo(client, uri),
    serverPid,
    statusText: () => ({ text: status.text, detail: status.detail }),
    onDidShowStatus: status.onDidShow,
    onDidChangeDocumentInfo: feed.onDidChange,
    onDidCrash,
    preview,
    decisionLog,
  };
}
