import { TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver';
import { codeActionKinds } from './codeActions';
import { completionTriggerCharacters } from './completion';

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
        // Links to a leadership document are rewritten before it (or its folder) is renamed.
        fileOperations: { willRename: { filters: [{ pattern: { glob: '**/*.{md,markdown}', matches: 'file' } }, { pattern: { glob: '**/*', matches: 'folder' } }] } },
      },
      codeActionProvider: { codeActionKinds, resolveProvider: false },
      completionProvider: { triggerCharacters: completionTriggerCharacters, resolveProvider: false },
      hoverProvider: true,
      documentSymbolProvider: { label: 'Leaddocs' },
      definitionProvider: true,
      referencesProvider: true,
      workspaceSymbolProvider: true,
    },
    serverInfo: { name: 'leaddocs' },
  };
}
