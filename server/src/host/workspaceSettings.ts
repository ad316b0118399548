import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { layerSettings } from '../settings/settingsLayers';
import { MAX_CONFIG_FILE_BYTES } from './safeConfigPath';
import { lineOf, readTeamSettings } from './teamSettingsFile';
import type { WorkspaceFiles } from './workspaceFiles';

const PREFIX = 'leaddocs.';
const VSCODE_SETTINGS = '.vscode/settings.json';

export interface WorkspaceSettingsSection {
  /** The `leaddocs` section as a client would send it, keys without the prefix. */
  readonly section: Record<string, unknown>;
  /** One sentence per file that could not be read as a whole; what could be read still counts. */
  readonly problems: readonly string[];
}

/**
 * Reads the `leaddocs.*` settings kept in a workspace folder, for hosts no editor sends them
 * to: the team's `.leaddocs.json`/`.leaddocs.yaml` (teamSettingsFile.ts), then
 * `.vscode/settings.json`, which wins setting by setting (rule by rule for `rules`) — as VS
 * Code's settings win over the team file in the editor, so the CLI judges exactly as VS Code does.
 */
export async function readWorkspaceSettings(rootUri: string, files: WorkspaceFiles): Promise<WorkspaceSettingsSection> {
  const team = await readTeamSettings([rootUri], files);
  const editor = await readVscodeSettings(rootUri, files);
  return { section: layerSettings([team.section, editor.section]), problems: [...team.problems, ...editor.problems] };
}

/** settings.json is JSON with comments and trailing commas, as VS Code allows. */
async function readVscodeSettings(rootUri: string, files: WorkspaceFiles): Promise<WorkspaceSettingsSection> {
  const uri = `${rootUri}/${VSCODE_SETTINGS}`;
  if (!(await files.exists(uri))) return { section: {}, problems: [] };
  let text: string;
  try {
    // A FIFO or device named settings.json would block or flood the reader: regular files only.
    text = await files.readBoundedFile(uri, MAX_CONFIG_FILE_BYTES);
  } catch (error) {
    return { section: {}, problems: [`${VSCODE_SETTINGS} could not be read (${error instanceof Error ? error.message : String(error)}); its settings are ignored.`] };
  }
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: string[] = [];
  const firstError = errors[0];
  if (firstError !== undefined) {
    // Like VS Code, keep what parses; name the place, never echo the file's content.
    problems.push(`${VSCODE_SETTINGS} has a syntax error (${printParseErrorCode(firstError.error)} on line ${lineOf(text, firstError.offset)}); settings after it may be ignored.`);
  }
  const section: Record<string, unknown> = {};
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, setting] of Object.entries(value)) if (key.startsWith(PREFIX)) section[key.slice(PREFIX.length)] = setting;
  }
  return { section, problems };
}
