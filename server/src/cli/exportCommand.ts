import { stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkExportable, defaultOutputPath, EXPORT_FORMATS, exportDocument, ExportWriteError, formatInfo, writeExportFile } from '../export/index';
import { loadWorkspaceHost } from '../host/nodeWorkspace';
import { CliError, EXIT_USAGE } from './cliError';
import type { CliCommand, CliIo } from './cliIo';
import { parseCommandArgs } from './parseCommandArgs';
import { readSource } from './readSource';

const FORMAT_IDS = EXPORT_FORMATS.map((format) => format.id).join('|');

const USAGE = `Usage: leaddocs export <file> --format ${FORMAT_IDS} [-o <out>] [--force]

Writes the document in another format, without its confidential sections.

Options:
  -f, --format <fmt>  ${EXPORT_FORMATS.map((format) => `${format.id}: ${format.label}`).join('\n                      ')}
  -o, --output <out>  Output file, or a folder to write into
                      (default: next to <file>, with the format's extension)
      --force         Replace <out> if it exists (otherwise it is never touched)
      --type <id>     Refuse unless the document is of this type (e.g. brief)
      --strict        Refuse when the document has error-level findings or
                      is below the pass mark (default: warn and export)
  -h, --help          Show this help

Confidential sections: a heading ending in {.confidential}, or a title listed
under "confidential:" in front matter. They are left out of every format.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  type: { type: 'string' },
  strict: { type: 'boolean' },
} as const;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export a document as HTML, PDF, PowerPoint, Word or clean Markdown',
  usage: USAGE,
  run: runExport,
};

async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', args, OPTIONS);
  if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? 'Which file? Give the document to export.' : `Give one file to export, not ${positionals.length}.`, EXIT_USAGE, USAGE);
  if (values.format === undefined) throw new CliError(`Choose a format with --format ${FORMAT_IDS}.`, EXIT_USAGE);
  const format = formatInfo(values.format);
  if (format === undefined) throw new CliError(`Unknown format "${values.format}"; use one of ${FORMAT_IDS}.`, EXIT_USAGE);

  const shown = positionals[0] as string;
  const sourcePath = resolve(io.cwd, shown);
  const text = await readSource(sourcePath, shown);

  // The team's settings and custom types, as the editor has them: --strict uses their pass mark.
  const workspace = await loadWorkspaceHost(sourcePath, io.cwd);
  for (const problem of workspace.problems) io.err(`warning: ${problem}\n`);
  const analysis = await workspace.analyze(pathToFileURL(sourcePath).href, text);
  const verdict = checkExportable(analysis, values.type !== undefined ? { requireType: values.type } : {});
  if (verdict.refusal !== undefined) throw new CliError(verdict.refusal, undefined, 'Leave out --type to export it as it is.');
  if (verdict.concerns.length > 0 && values.strict === true) {
    throw new CliError(`Not exported (--strict):\n  ${verdict.concerns.join('\n  ')}`);
  }
  for (const concern of verdict.concerns) io.err(`warning: ${concern}\n`);

  // Fail before rendering: a PDF or deck takes a moment to make only to be thrown away.
  const target = await outputPath(values.output, io.cwd, sourcePath, format.extension);
  if (values.force !== true && (await exists(target))) throw new CliError(`${relative(io.cwd, target) || target} already exists.`, undefined, 'Use --force to replace it.');
  if (!(await exists(dirname(target)))) throw new CliError(`The output folder does not exist: ${relative(io.cwd, dirname(target)) || dirname(target)}`);

  const started = performance.now();
  const result = await exportDocument(analysis, { format: format.id, path: sourcePath });
  for (const warning of result.warnings) io.err(`warning: ${warning}\n`);

  try {
    await writeExportFile(target, result.bytes, { overwrite: values.force === true, sourcePath });
  } catch (error) {
    if (error instanceof ExportWriteError) throw new CliError(error.message, undefined, error.reason === 'exists' ? 'Use --force to replace it.' : undefined);
    throw error;
  }
  const elapsed = Math.round(performance.now() - started);
  io.out(`Exported ${shown} to ${relative(io.cwd, target) || target} (${format.id}, ${formatSize(result.bytes.byteLength)}, ${elapsed} ms).\n`);
  io.out(result.omittedSections === 0 ? 'No confidential sections.\n' : `Left out ${result.omittedSections} confidential section${result.omittedSections === 1 ? '' : 's'}.\n`);
  return 0;
}

/** `-o` may name a file or an existing folder; without it the file goes next to the source. */
async function outputPath(option: string | undefined, cwd: string, sourcePath: string, extension: string): Promise<string> {
  if (option === undefined) return defaultOutputPath(sourcePath, extension);
  const target = resolve(cwd, option);
  const isFolder = await stat(target).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  return isFolder ? defaultOutputPath(sourcePath, extension, target) : target;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
