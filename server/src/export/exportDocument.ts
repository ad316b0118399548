import { buildExportModel } from './buildExportModel';
import { formatInfo, type ExportFormat } from './formats';

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly uri?: string;
  readonly path?: string;
  /** Header values the engine found outside front matter, by front matter key (`status`, `date`, `type`). */
  readonly fields?: Readonly<Record<string, string>>;
}

export interface ExportResult {
  readonly bytes: Uint8Array;
  /** Without the dot. */
  readonly extension: string;
  readonly omittedSections: number;
  readonly omittedTitles: readonly string[];
  readonly warnings: string[];
}

/** The single entry for every host: the CLI, the VS Code command and the tests. */
export async function exportDocument(text: string, options: ExportOptions): Promise<ExportResult> {
  const format = formatInfo(options.format);
  if (format === undefined) throw new Error(`Unknown export format "${options.format}".`);
  const { model, warnings } = buildExportModel({
    text,
    ...(options.uri !== undefined ? { uri: options.uri } : {}),
    ...(options.path !== undefined ? { path: options.path } : {}),
    ...(options.fields !== undefined ? { fields: options.fields } : {}),
  });
  const render = await format.load();
  const output = await render(model);
  const bytes = typeof output === 'string' ? new TextEncoder().encode(output) : output;
  return { bytes, extension: format.extension, omittedSections: model.omittedSections, omittedTitles: model.omittedTitles, warnings };
}
