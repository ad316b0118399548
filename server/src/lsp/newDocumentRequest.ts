import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { newDocumentTarget } from '../host/newDocument/newDocumentTarget';
import type { EngineHost } from '../host/engineHost';
import type { DocumentAnalyses } from './documentAnalyses';
import type { WorkspaceFiles } from '../host/workspaceFiles';
import { newDocumentTargetRequest, type NewDocumentTarget, type NewDocumentTargetParams } from '../protocol/newDocumentProtocol';
import type { Logger } from './logger';
import type { SettingsSource } from './settings';
import type { WorkspaceTrust } from './workspaceTrust';
import { ConfigPathError } from '../host/safeConfigPath';

export interface NewDocumentRequestDependencies {
  readonly engineHost: EngineHost;
  readonly analyses: DocumentAnalyses;
  readonly files: WorkspaceFiles;
  readonly settings: SettingsSource;
  /** An untrusted workspace's templates, the team's and its folders' own, are not read. */
  readonly trust: WorkspaceTrust;
  readonly log: Logger;
}

/** Answers `leaddocs/newDocumentTarget`: the client's "New …" commands ask before writing. */
export function registerNewDocumentRequest(connection: Connection, { engineHost, analyses, files, settings, trust, log }: NewDocumentRequestDependencies): void {
  connection.onRequest(newDocumentTargetRequest, async (params: unknown): Promise<NewDocumentTarget> => {
    const request = checkedParams(params);
    try {
      await engineHost.whenReady();
      return await newDocumentTarget(request, {
        files,
        settings: trust.applyTo(await settings.fresh()),
        trusted: trust.isTrusted,
        docTypes: engineHost.docTypes,
        analyzeFile: async (uri) => (await analyses.ofDocument(uri)).analysis,
      });
    } catch (error) {
      // A team template that may not be read is the team's to fix: say which and why (never its content).
      if (error instanceof ConfigPathError) throw new ResponseError(ErrorCodes.InvalidRequest, `The template ${error.message}.`);
      log.error(`Leaddocs: ${newDocumentTargetRequest} for a new ${request.typeId} failed`, error);
      throw new ResponseError(ErrorCodes.InternalError, `Leaddocs could not choose where the new document goes; see the server log.`);
    }
  });
}

function checkedParams(params: unknown): NewDocumentTargetParams {
  const record = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
  const { typeId, title, today, workspaceFolder, folder, near } = record;
  const valid =
    typeof typeId === 'string' &&
    typeof title === 'string' &&
    typeof today === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(today) &&
    typeof workspaceFolder === 'string' &&
    (folder === undefined || typeof folder === 'string') &&
    (near === undefined || typeof near === 'string');
  if (!valid) {
    throw new ResponseError(ErrorCodes.InvalidParams, `${newDocumentTargetRequest} expects params { typeId, title, today: "YYYY-MM-DD", workspaceFolder: uri, folder?: string, near?: uri }.`);
  }
  return { typeId, title, today, workspaceFolder, ...(folder === undefined ? {} : { folder }), ...(near === undefined ? {} : { near }) };
}
