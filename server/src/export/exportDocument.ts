import { buildExportModel, type ExportableDocument, type ExportModelOptions } from './buildExportModel';
import { formatInfo, type ExportFormat } from './formats';

export interface ExportOptions extends ExportModelOptions {
  readonly format: ExportFormat;
}

export interface ExportResult {
  readonly bytes: Uint8Array;
  /** Without the dot. */
  readonly extension: string;
  readonly omittedSections: number;
  readonly omittedTitles: readonly string[];
  readonly warnings: string[];
}

/** The single entry for every host (the CLI, the VS Code command, the tests), on the analysis they hold. */
export async function exportDocument(analysis: ExportableDocument, options: ExportOptions): Promise<ExportResult> {
  const format = formatInfo(options.format);
  if (format === undefined) throw new Error(`Unknown export format "${options.format}".`);
  const { model, warnings } = buildExportModel(analysis, options);
  const render = await format.load();
  const output = await render(model, (warning) => warnings.push(warning));
  const bytes = typeof output === 'string' ? new TextEncoder().encode(output) : output;
  return { bytes, extension: format.extension, omittedSections: model.omittedSections, omittedTitles: model.omittedTitles, warnings };
}
