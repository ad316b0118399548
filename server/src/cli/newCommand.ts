import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newDocumentTarget } from '../host/newDocument/newDocumentTarget';
import { localIsoDate } from '../host/newDocument/templateValues';
import { loadWorkspaceHost, type WorkspaceHost } from '../host/nodeWorkspace';
import { nodeWorkspaceFiles } from '../host/nodeWorkspaceFiles';
import { ConfigPathError } from '../host/safeConfigPath';
import type { NewDocumentTarget } from '../protocol/newDocumentProtocol';
import { isoDay } from './checkOptions';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './cliError';
import type { CliCommand, CliIo } from './cliIo';
import { parseCommandArgs } from './parseCommandArgs';
import { readDocumentFile } from './readDocumentFile';
import { shownPath } from './shownPath';

const USAGE = `Usage: leaddocs new <type> <title…> [options]

Writes the next document of a type, exactly as the editor's "Leaddocs: New …"
commands do: in the folder that holds the type's documents (or the one the
leaddocs.<type>.folder setting names, or for an ADR the one .log4brains.yml
names, or the workspace root when the type's documents are kept there, or the
type's default), named and numbered the way that folder names its documents
(0007-slug.md, adr-007-slug.md, 20260314-slug.md, 2026-03-14-slug.md,
PM2025-003 - Title.md or slug.md), from the team's template
(leaddocs.templates.folder), the folder's own (template.md) or the built-in one,
with the title, date and number filled in. An adr-tools folder gets another
Nygard record.

<type> is adr, brief, mentorship-plan, portfolio, postmortem or one of the
workspace's custom types ("leaddocs types" lists them).

Options:
      --folder <dir>        Write into this folder (relative to the current one)
      --today <YYYY-MM-DD>  Date the document this day (default: today)
  -n, --dry-run             Write nothing: print the path, then the text
      --json                Print the result as JSON (see docs/cli.md)
  -h, --help                Show this help

An existing file is never overwritten: the name chosen is free, and the write
fails if a file appears under it meanwhile.

Exit codes: 0 written; 1 could not be written; 2 usage or configuration error
(an unknown type, listing the known ones); 3 internal error.
`;

const OPTIONS = {
  folder: { type: 'string' },
  today: { type: 'string' },
  'dry-run': { type: 'boolean', short: 'n' },
  json: { type: 'boolean' },
} as const;

export const newCommand: CliCommand = {
  name: 'new',
  summary: 'Write the next document of a type, in its folder\'s numbering and template',
  usage: USAGE,
  run: runNew,
};

const usageError = (message: string): CliError => new CliError(message, EXIT_USAGE, 'Run "leaddocs new --help" for usage.');

async function runNew(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('new', args, OPTIONS);
  const [typeId, ...titleWords] = positionals;
  if (typeId === undefined) throw usageError('Name the type of document and its title: leaddocs new adr "Use PostgreSQL".');
  // Unquoted words make one title, as a shell user would mean them.
  const title = titleWords.join(' ').replace(/\s+/g, ' ').trim();
  if (title === '') throw usageError(`Give the new ${typeId} a title: leaddocs new ${typeId} "Use PostgreSQL".`);
  if (values.folder?.trim() === '') throw usageError('--folder needs a folder.');
  const today = isoDay(values.today, usageError) ?? localIsoDate(new Date());

  const workspace = await loadWorkspaceHost(io.cwd, io.cwd);
  for (const problem of workspace.problems) io.err(`leaddocs: ${problem}\n`);
  const known = workspace.engine.docTypes.map((docType) => docType.spec.id);
  if (!known.includes(typeId)) throw usageError(`Unknown document type "${typeId}". The types in this workspace: ${known.join(', ')}.`);

  const target = await targetOf(workspace, {
    typeId,
    title,
    today,
    workspaceFolder: workspace.rootUri,
    // In a log4brains monorepo, the package the user is in gets the ADR, as log4brains' own CLI offers.
    near: pathToFileURL(io.cwd).href,
    ...(values.folder === undefined ? {} : { folder: pathToFileURL(resolve(io.cwd, values.folder)).href }),
  });
  const path = fileURLToPath(target.uri);
  const shown = shownPath(io.cwd, path);
  const dryRun = values['dry-run'] === true;
  if (!dryRun) await writeNewFile(path, shown, target);

  if (values.json === true) {
    const result = { version: 1, path, type: typeId, number: target.number, template: target.template, templateOrigin: target.templateOrigin, written: !dryRun, ...(dryRun ? { text: target.text } : {}) };
    io.out(`${JSON.stringify(result, null, 2)}\n`);
  } else if (dryRun) {
    io.out(`Would write ${shown}:\n\n${target.text}`);
  } else {
    io.out(`Wrote ${shown}.\n`);
  }
  // As every command: configuration the user must fix makes the run exit 2, after doing its job.
  return workspace.problems.length > 0 ? EXIT_USAGE : 0;
}

async function targetOf(workspace: WorkspaceHost, params: Parameters<typeof newDocumentTarget>[0]): Promise<NewDocumentTarget> {
  try {
    return await newDocumentTarget(params, {
      files: nodeWorkspaceFiles,
      settings: workspace.settings,
      // The command line has no restricted mode: whoever runs it trusts the folder.
      trusted: true,
      docTypes: workspace.engine.docTypes,
      analyzeFile: async (uri) => {
        const read = readDocumentFile(fileURLToPath(uri));
        if ('problem' in read) throw new Error(read.problem);
        return workspace.analyze(uri, read.text);
      },
    });
  } catch (error) {
    // A team template that may not be read: name it and why, never its content.
    if (error instanceof ConfigPathError) throw new CliError(`The template ${error.message}.`, EXIT_USAGE);
    throw error;
  }
}

async function writeNewFile(path: string, shown: string, target: NewDocumentTarget): Promise<void> {
  const cannot = (error: NodeJS.ErrnoException): CliError =>
    error.code === 'EEXIST' ? new CliError(`${shown} already exists; nothing was written.`, EXIT_FAILURE) : new CliError(`${shown} cannot be written: ${error.code ?? error.message}.`, EXIT_FAILURE);
  await mkdir(fileURLToPath(target.folder), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw cannot(error);
  });
  // 'wx': the file is created, never replaced, even if another writer got there first.
  await writeFile(path, target.text, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    throw cannot(error);
  });
}
