import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { MAX_CONFIG_FILE_BYTES } from './safeConfigPath';
import type { WorkspaceFiles } from './workspaceFiles';

const PREFIX = 'leaddocs.';

/** The files a workspace keeps its settings in, later ones winning key by key. */
const SETTINGS_FILES = [
  // The team's Leaddocs file: keys with or without the `leaddocs.` prefix.
  { path: '.leaddocs.json', unprefixed: true },
  // What the editor reads, so it wins: the CLI then judges exactly as VS Code does.
  { path: '.vscode/settings.json', unprefixed: false },
] as const;

export interface WorkspaceSettingsSection {
  /** The `leaddocs` section as a client would send it, keys without the prefix. */
  readonly section: Record<string, unknown>;
  /** One sentence per file that could not be read as a whole; what could be read still counts. */
  readonly problems: readonly string[];
}

/**
 * Reads the `leaddocs.*` settings kept in a workspace folder, for hosts no editor sends them
 * to. Both files are JSON with comments and trailing commas, as VS Code allows in settings.json.
 */
export async function readWorkspaceSettings(rootUri: string, files: WorkspaceFiles): Promise<WorkspaceSettingsSection> {
  const section: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const { path, unprefixed } of SETTINGS_FILES) {
    const uri = `${rootUri}/${path}`;
    if (!(await files.exists(uri))) continue;
    let text: string;
    try {
      // A FIFO or device named settings.json would block or flood the reader: regular files only.
      text = await files.readBoundedFile(uri, MAX_CONFIG_FILE_BYTES);
    } catch (error) {
      problems.push(`${path} could not be read (${error instanceof Error ? error.message : String(error)}); its settings are ignored.`);
      continue;
    }
    const errors: ParseError[] = [];
    const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
    const firstError = errors[0];
    if (firstError !== undefined) {
      // Like VS Code, keep what parses; name the place, never echo the file's content.
      problems.push(`${path} has a syntax error (${printParseErrorCode(firstError.error)} on line ${lineOf(text, firstError.offset)}); settings after it may be ignored.`);
    }
    if (!isRecord(value)) continue;
    for (const [key, setting] of Object.entries(value)) {
      if (key.startsWith(PREFIX)) section[key.slice(PREFIX.length)] = setting;
      else if (unprefixed && !key.startsWith('$')) section[key] = setting;
    }
  }
  return { section, problems };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
