/**
 * Answers the browser worker server's file requests from VS Code's file system, which in VS Code
 * for the Web may be a GitHub repository, memory or a remote: the worker has no disk.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { fileStatRequest, listFilesRequest, readFileRequest, type FileStat, type ListFilesParams, type ReadFileParams } from '../../server/src/protocol/workspaceFilesProtocol';

export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    client.onRequest(readFileRequest, async ({ uri }: ReadFileParams): Promise<string | null> => {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
      } catch {
        return null;
      }
    }),
    client.onRequest(fileStatRequest, async ({ uri }: ReadFileParams): Promise<FileStat | null> => {
      try {
        const facts = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
        return { isFile: facts.type === vscode.FileType.File, size: facts.size };
      } catch {
        return null;
      }
    }),
    client.onRequest(listFilesRequest, async ({ folder, glob, limit }: ListFilesParams): Promise<string[]> => {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(folder), glob), '**/node_modules/**', limit);
      return found.map((uri) => uri.toString());
    }),
  );
}
