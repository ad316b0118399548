/**
 * "Leaddocs: Export Brief…" and "Leaddocs: Export Document…". The server renders (it holds the
 * analysis and loads the renderers on first use); this side asks, writes and reports.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { exportRequest, type ExportFormatId, type ExportParams, type ExportResponse } from '../../../server/src/protocol/exportProtocol';
import { formatChoice, pickExportFormat } from './exportFormats';
import { readExportOptions, type ExportCommandOptions, type ExportOutcome } from './exportOptions';
import { confirmDespiteConcerns, confirmReplace, offerExported } from './exportPrompts';
import { exportFolder, fileExists } from './exportTarget';

export const EXPORT_BRIEF_COMMAND = 'leaddocs.exportBrief';
export const EXPORT_DOCUMENT_COMMAND = 'leaddocs.exportDocument';

export function registerExportCommands(client: BaseLanguageClient, memory: vscode.Memento): vscode.Disposable {
  const run = (requireType: ExportParams['requireType']) => async (resource?: unknown, options?: unknown): Promise<ExportOutcome> => {
    try {
      return await exportCommand(client, memory, { source: sourceUri(resource), requireType, options: readExportOptions(options) });
    } catch (error) {
      // The server's message already says what failed and where to look.
      const message = `Leaddocs could not export: ${error instanceof Error ? error.message : String(error)}`;
      void vscode.window.showErrorMessage(message);
      return { kind: 'failed', message };
    }
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(EXPORT_BRIEF_COMMAND, run('brief')),
    vscode.commands.registerCommand(EXPORT_DOCUMENT_COMMAND, run(undefined)),
  );
}

interface ExportRun {
  readonly source: vscode.Uri | undefined;
  readonly requireType: ExportParams['requireType'];
  readonly options: ExportCommandOptions;
}

async function exportCommand(client: BaseLanguageClient, memory: vscode.Memento, { source, requireType, options }: ExportRun): Promise<ExportOutcome> {
  if (source === undefined) {
    void vscode.window.showErrorMessage('Open a Markdown document, or choose one in the Explorer, to export it.');
    return { kind: 'cancelled', why: 'no-document' };
  }
  const commandName = requireType === 'brief' ? 'Export Brief' : 'Export Document';
  const format = options.format ?? (await pickExportFormat(memory, `Leaddocs: ${commandName}`));
  if (format === undefined) return { kind: 'cancelled', why: 'no-format' };
  const request = (checkOnly: boolean): Promise<ExportResponse> =>
    client.sendRequest<ExportResponse>(exportRequest, { uri: source.toString(), format, ...(requireType !== undefined ? { requireType } : {}), checkOnly } satisfies ExportParams);

  // Decide first: a refusal or a question should not wait for a PDF to be made.
  const verdict = await request(true);
  if (verdict.refusal !== undefined) {
    const message = `${verdict.refusal} To export it as it is, use "Leaddocs: Export Document…".`;
    void vscode.window.showErrorMessage(message);
    return { kind: 'refused', message };
  }
  const name = vscode.workspace.asRelativePath(source);
  if (verdict.concerns.length > 0 && !(await confirmDespiteConcerns(name, verdict.concerns, options.exportAnyway))) return { kind: 'cancelled', why: 'concerns' };

  const folder = exportFolder(source);
  if (folder === undefined) {
    void vscode.window.showErrorMessage('Save the document, or set "leaddocs.export.folder", so the export has a folder to go to.');
    return { kind: 'cancelled', why: 'no-folder' };
  }
  const target = vscode.Uri.joinPath(folder, verdict.fileName);
  if ((await fileExists(target)) && !(await confirmReplace(target, options.overwrite))) return { kind: 'cancelled', why: 'exists' };

  const started = Date.now();
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Leaddocs: exporting ${name} as ${formatChoice(format).label}…` },
    async () => {
      const rendered = await request(false);
      const bytes = Buffer.from(rendered.base64, 'base64');
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.workspace.fs.writeFile(target, bytes);
      return { rendered, bytes: bytes.byteLength };
    },
  );
  const outcome: ExportOutcome = {
    kind: 'written',
    target: target.toString(),
    format,
    bytes: result.bytes,
    omittedSections: result.rendered.omittedSections,
    warnings: result.rendered.warnings,
    elapsedMs: Date.now() - started,
  };
  if (options.notify !== false) void offerExported(target, summary(target, format, outcome.omittedSections, outcome.warnings), formatChoice(format).opensInEditor);
  return outcome;
}

function summary(target: vscode.Uri, format: ExportFormatId, omitted: number, warnings: readonly string[]): string {
  const left = omitted === 0 ? '' : ` Left out ${omitted} confidential section${omitted === 1 ? '' : 's'}.`;
  const warned = warnings.length === 0 ? '' : ` Note: ${warnings.join(' ')}`;
  return `Exported ${vscode.workspace.asRelativePath(target)} (${formatChoice(format).label}).${left}${warned}`;
}

/** The command's resource: from a menu, or else the active Markdown editor. */
function sourceUri(resource: unknown): vscode.Uri | undefined {
  if (resource instanceof vscode.Uri) return resource;
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'markdown' ? editor.document.uri : undefined;
}
