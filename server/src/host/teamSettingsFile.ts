import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import { findDeepEntries, MAX_TYPE_NESTING, nestsDeeperThan } from '../engine';
import { isRecord, teamFileSection } from '../settings/settingsLayers';
import { ConfigPathError, readWorkspaceConfigFile } from './safeConfigPath';
import type { WorkspaceFiles } from './workspaceFiles';
import { WorkspaceFolders } from './workspaceFolders';

/** The team's Leaddocs settings file at a workspace folder's root, in the order looked for. */
export const TEAM_SETTINGS_FILES = ['.leaddocs.json', '.leaddocs.yaml', '.leaddocs.yml'] as const;

/** Aliases a settings file could need are few; more is an expansion attack (a "billion laughs"). */
const MAX_YAML_ALIASES = 50;

export interface TeamSettings {
  /** The settings the file sets, flat keys without the `leaddocs.` prefix; empty without a usable file. */
  readonly section: Record<string, unknown>;
  /** The file read, relative to its folder; undefined when there is none. */
  readonly file: string | undefined;
  /** One sentence per thing to fix, naming the file, never quoting it. */
  readonly problems: readonly string[];
}

export const NO_TEAM_SETTINGS: TeamSettings = { section: {}, file: undefined, problems: [] };

/**
 * Reads the team settings file of the first of `folderUris` that has one. It is configuration
 * like a custom type: a regular file of at most 1 MB inside its folder (safeConfigPath.ts).
 * A file that cannot be read or parsed counts as absent, with a problem; a bad key is dropped
 * with a problem and the rest still counts. Never throws for what is in the file.
 */
export async function readTeamSettings(folderUris: readonly string[], files: WorkspaceFiles): Promise<TeamSettings> {
  for (const folderUri of folderUris) {
    const present: string[] = [];
    for (const name of TEAM_SETTINGS_FILES) if (await files.exists(`${folderUri.replace(/\/$/, '')}/${name}`)) present.push(name);
    const [file, ...ignored] = present;
    if (file === undefined) continue;
    const problems = ignored.map((name) => `${name} is ignored: ${file} holds the team's Leaddocs settings, and only one such file is read.`);
    return withProblems(await readFile(file, folderUri, files), problems);
  }
  return NO_TEAM_SETTINGS;
}

async function readFile(file: string, folderUri: string, files: WorkspaceFiles): Promise<TeamSettings> {
  const folders = new WorkspaceFolders();
  folders.replace([{ uri: folderUri }]);
  const unusable = (reason: string): TeamSettings => ({ section: {}, file, problems: [`${reason}; its settings are ignored.`] });
  let text: string;
  try {
    text = (await readWorkspaceConfigFile(file, folders, files)).text;
  } catch (error) {
    // ConfigPathError's message names the file and why, never its content.
    return unusable(error instanceof ConfigPathError ? error.message : `${file} could not be read`);
  }
  const parsed = file.endsWith('.json') ? parseJson(text) : parseYaml(text);
  if ('error' in parsed) return unusable(`${file} ${parsed.error}`);
  if (!isRecord(parsed.value)) return unusable(`${file} is not an object of settings`);
  if (nestsDeeperThan(parsed.value, MAX_TYPE_NESTING)) return unusable(`${file} nests deeper than ${MAX_TYPE_NESTING} levels`);
  const { section, unknownKeys, editorKeys } = teamFileSection(parsed.value);
  // A key is the user's own text, needed to find the typo; cut short, it cannot carry a secret far.
  const problems = [
    ...unknownKeys.map((key) => `${file}: "${key.slice(0, 60)}" is not a Leaddocs setting; it is ignored.`),
    ...editorKeys.map((key) => `${file}: "${key}" is read by the editor alone; set it in VS Code's settings. It is ignored here.`),
  ];
  return { section, file, problems };
}

type Parsed = { readonly value: unknown } | { readonly error: string };

/** JSON with comments and trailing commas, as settings.json; where it breaks, never what is there. */
function parseJson(text: string): Parsed {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  return first === undefined ? { value } : { error: `is not valid JSON (${printParseErrorCode(first.error)} on line ${lineOf(text, first.offset)})` };
}

function parseYaml(text: string): Parsed {
  // Depth first: the parser's cost grows with it, and a few thousand `[` overflow its stack.
  const deep = findDeepEntries(text.split(/\r\n?|\n/))[0];
  if (deep !== undefined) return { error: `nests too deeply on line ${deep.firstLine + 1}` };
  const document = parseDocument(text, { prettyErrors: false });
  const first = document.errors[0];
  // The parser's message quotes the text around the error; its code and line do not.
  if (first !== undefined) return { error: `is not valid YAML (${first.code} on line ${lineOf(text, first.pos[0])})` };
  try {
    return { value: document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown };
  } catch {
    return { error: 'is not valid YAML (too many aliases)' };
  }
}

function withProblems(settings: TeamSettings, problems: readonly string[]): TeamSettings {
  return problems.length === 0 ? settings : { ...settings, problems: [...problems, ...settings.problems] };
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}
