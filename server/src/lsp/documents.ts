import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export type OpenDocuments = TextDocuments<TextDocument>;

/** The open documents, kept in sync incrementally by the library from didOpen/didChange/didClose. */
export function createOpenDocuments(): OpenDocuments {
  return new TextDocuments(TextDocument);
}

/**
 * Whether the server checks a document at all. Clients other than VS Code may send every file
 * they open, so the language id and the file name are both accepted as proof of markdown.
 */
export function isMarkdown(document: TextDocument): boolean {
  return document.languageId === 'markdown' || /\.(md|markdown)$/i.test(document.uri);
}
