/** What the Leaddocs language client asks of VS Code, whichever way its server runs. */
import * as vscode from 'vscode';
import type { ErrorHandler, LanguageClientOptions } from 'vscode-languageclient';
import { workspaceTrustedOption } from '../../server/src/protocol/leaddocsProtocol';
import { configurationMiddleware } from './configurationMiddleware';

export const CLIENT_ID = 'leaddocs';
export const CLIENT_NAME = 'Leaddocs';

/** `schemes` limits the documents to those the server can reach; undefined takes markdown from any file system. */
export function leaddocsClientOptions(outputChannel: vscode.LogOutputChannel, errorHandler: ErrorHandler, schemes?: readonly string[]): LanguageClientOptions {
  return {
    documentSelector: schemes === undefined ? [{ language: 'markdown' }] : schemes.map((scheme) => ({ scheme, language: 'markdown' })),
    synchronize: { configurationSection: 'leaddocs' },
    middleware: { workspace: configurationMiddleware },
    outputChannel,
    // `leaddocs.trace.server` is read by the client library itself from this section.
    traceOutputChannel: outputChannel,
    errorHandler,
    // In restricted mode the server reads no custom type or schema from the workspace.
    initializationOptions: { [workspaceTrustedOption]: vscode.workspace.isTrusted },
  };
}
