import { TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';

/** What the server offers. Only what is implemented is announced: clients trust this list. */
export function serverCapabilities(): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: {
        openClose: true,
        change: TextDocumentSyncKind.Incremental,
      },
      workspace: {
        workspaceFolders: { supported: true, changeNotifications: true },
      },
    },
    serverInfo: { name: 'leaddocs' },
  };
}
