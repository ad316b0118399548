import { documentFolderGlobs } from '../engine';
import { fileURLToPath } from 'node:url';
import { loadWorkspaceHost } from '../host/nodeWorkspace';
import { CliError, EXIT_USAGE } from './cliError';
import type { CliCommand, CliIo } from './cliIo';
import { parseCommandArgs } from './parseCommandArgs';
import { shownPath } from './shownPath';

const USAGE = `Usage: leaddocs types [--format text|json]

Lists the document types in force in this workspace: each type's id and name,
where it came from (built-in, or the custom type file that defines it), and the
path globs that select it (the type's own, or leaddocs.documentTypes.paths).

Options:
  -f, --format <fmt>  text (default) or json
  -h, --help          Show this help
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
} as const;

export const typesCommand: CliCommand = {
  name: 'types',
  summary: 'List the document types in force and where each came from',
  usage: USAGE,
  run: runTypes,
};

interface TypeInForce {
  readonly id: string;
  readonly label: string;
  readonly origin: string;
  readonly paths: readonly string[];
  readonly pathsFrom: 'type' | 'settings';
}

async function runTypes(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('types', args, OPTIONS);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliError(`Unknown format "${format}"; use text or json.`, EXIT_USAGE, 'Run "leaddocs types --help" for usage.');
  if (positionals.length > 0) throw new CliError('"leaddocs types" takes no paths.', EXIT_USAGE, 'Run "leaddocs types --help" for usage.');

  const workspace = await loadWorkspaceHost(io.cwd, io.cwd);
  const root = fileURLToPath(workspace.rootUri);
  for (const problem of workspace.problems) io.err(`leaddocs: ${problem}\n`);
  const globs = workspace.settings.engine.pathGlobs;
  const types: TypeInForce[] = workspace.engine.docTypes.map(({ spec }) => {
    const configured = globs[spec.id];
    return { id: spec.id, label: spec.label, origin: workspace.customTypePaths.get(spec.id) ?? 'built-in', paths: configured ?? documentFolderGlobs(spec), pathsFrom: configured === undefined ? 'type' : 'settings' };
  });

  if (format === 'json') {
    io.out(`${JSON.stringify({ version: 1, workspace: root, types }, null, 2)}\n`);
  } else {
    io.out(`Document types in ${shownPath(io.cwd, root)}:\n\n`);
    for (const type of types) {
      const paths = type.paths.length === 0 ? 'by content only' : `${type.paths.join(', ')}${type.pathsFrom === 'settings' ? ' (from leaddocs.documentTypes.paths)' : ''}`;
      io.out(`${type.id}  ${type.label}\n  from:  ${type.origin}\n  paths: ${paths}\n\n`);
    }
  }
  return workspace.problems.length > 0 ? EXIT_USAGE : 0;
}
