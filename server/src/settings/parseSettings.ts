import type { EngineSettings, SeveritySetting } from '../engine';
import { readSetting } from './settingsLayers';
import { newDocumentFolderSettings, settingsSchema, severitySettingValues, type SettingKey } from './settingsSchema';

/** Settings as the server uses them, every value checked. */
export interface ServerSettings {
  readonly engine: EngineSettings;
  /** Paths of `*.doctype.json` files, workspace-relative or absolute, as the user wrote them. */
  readonly customTypes: readonly string[];
  /** A delay the user chose; undefined lets the server adapt it to each document. */
  readonly validationDelay: number | undefined;
  /** Folder for new documents per type id, workspace-relative or absolute; a type without one is absent. */
  readonly newDocumentFolders: Readonly<Record<string, string>>;
  /** A team's templates for new documents, workspace-relative; undefined for the built-in ones. */
  readonly templatesFolder: string | undefined;
  readonly decisionLog: DecisionLogSettings;
}

/** How the decision log is checked and written. */
export interface DecisionLogSettings {
  readonly staleProposalDays: number;
  /** File name of the log in each ADR folder. */
  readonly file: string;
  readonly order: 'number' | 'status';
}

export interface ParsedSettings {
  readonly settings: ServerSettings;
  /** One line per value that was ignored, for the log; a bad value never stops the server. */
  readonly problems: readonly string[];
}

export const defaultServerSettings: ServerSettings = parseSettings(undefined).settings;

/**
 * Reads the `leaddocs` section as a client sent it. Clients differ: VS Code nests dotted keys
 * (`validation: { delay }`) while others send them flat (`"validation.delay"`); both are read.
 */
export function parseSettings(section: unknown): ParsedSettings {
  const problems: string[] = [];
  const read = (key: SettingKey): unknown => readSetting(section, key.slice('leaddocs.'.length));
  const settings: ServerSettings = {
    engine: {
      rules: parseRules(read('leaddocs.rules'), problems),
      passMark: parseNumber('leaddocs.passMark', read('leaddocs.passMark'), problems),
      pathGlobs: parsePathGlobs(read('leaddocs.documentTypes.paths'), problems),
      ignore: parseIgnore(read('leaddocs.ignore'), problems),
    },
    customTypes: parseCustomTypes(read('leaddocs.customTypes'), problems),
    validationDelay: parseDelay(read('leaddocs.validation.delay'), problems),
    decisionLog: {
      staleProposalDays: parseNumber('leaddocs.decisionLog.staleProposalDays', read('leaddocs.decisionLog.staleProposalDays'), problems),
      file: parseLogFileName(read('leaddocs.decisionLog.file'), problems),
      order: read('leaddocs.decisionLog.order') === 'status' ? 'status' : 'number',
    },
    newDocumentFolders: parseFolders(read, problems),
    templatesFolder: parseFolder('leaddocs.templates.folder', read('leaddocs.templates.folder'), problems),
  };
  return { settings, problems };
}

function parseRules(value: unknown, problems: string[]): Record<string, SeveritySetting> {
  if (value === undefined || value === null) return { ...settingsSchema['leaddocs.rules'].default };
  if (!isRecord(value)) {
    problems.push(`leaddocs.rules must be an object of rule id → severity; ignoring ${describe(value)}.`);
    return {};
  }
  const rules: Record<string, SeveritySetting> = {};
  for (const [ruleId, severity] of Object.entries(value)) {
    if (isSeveritySetting(severity)) rules[ruleId] = severity;
    else problems.push(`leaddocs.rules.${ruleId} must be one of ${severitySettingValues.join(', ')}; ignoring ${describe(severity)}.`);
  }
  return rules;
}

function parseDelay(value: unknown, problems: string[]): number | undefined {
  const { minimum, maximum } = settingsSchema['leaddocs.validation.delay'];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < minimum || value > maximum) {
    problems.push(`leaddocs.validation.delay must be a number from ${minimum} to ${maximum}; adapting the delay instead of ${describe(value)}.`);
    return undefined;
  }
  return value;
}

function parseNumber(key: 'leaddocs.passMark' | 'leaddocs.decisionLog.staleProposalDays', value: unknown, problems: string[]): number {
  const { default: fallback, minimum, maximum } = settingsSchema[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < minimum || value > maximum) {
    problems.push(`${key} must be a number from ${minimum} to ${maximum}; using ${fallback} instead of ${describe(value)}.`);
    return fallback;
  }
  return value;
}

function parseLogFileName(value: unknown, problems: string[]): string {
  const fallback = settingsSchema['leaddocs.decisionLog.file'].default;
  if (value === undefined || value === null || value === '') return fallback;
  // A file name, not a path: the log lives in the folder it lists.
  if (typeof value !== 'string' || /[\\/]|^\.\.?$/.test(value) || !/\.(?:md|markdown)$/i.test(value)) {
    problems.push(`leaddocs.decisionLog.file must be a markdown file name such as README.md; using ${fallback} instead of ${describe(value)}.`);
    return fallback;
  }
  return value;
}

function parsePathGlobs(value: unknown, problems: string[]): Record<string, readonly string[]> {
  if (value === undefined || value === null) return { ...settingsSchema['leaddocs.documentTypes.paths'].default };
  if (!isRecord(value)) {
    problems.push(`leaddocs.documentTypes.paths must be an object of type id → globs; ignoring ${describe(value)}.`);
    return {};
  }
  const globs: Record<string, readonly string[]> = {};
  for (const [typeId, patterns] of Object.entries(value)) {
    if (isStringArray(patterns)) globs[typeId] = patterns;
    else if (typeof patterns === 'string') globs[typeId] = [patterns];
    else problems.push(`leaddocs.documentTypes.paths.${typeId} must be a list of globs; ignoring ${describe(patterns)}.`);
  }
  return globs;
}

function parseIgnore(value: unknown, problems: string[]): readonly string[] {
  if (value === undefined || value === null) return [...settingsSchema['leaddocs.ignore'].default];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) {
    problems.push(`leaddocs.ignore must be a list of globs; ignoring ${describe(value)}.`);
    return [];
  }
  const globs = value.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '');
  if (globs.length !== value.length) problems.push('leaddocs.ignore: ignoring entries that are not non-empty strings.');
  return globs;
}

function parseCustomTypes(value: unknown, problems: string[]): readonly string[] {
  if (value === undefined || value === null) return [...settingsSchema['leaddocs.customTypes'].default];
  if (!Array.isArray(value)) {
    problems.push(`leaddocs.customTypes must be a list of paths; ignoring ${describe(value)}.`);
    return [];
  }
  const paths = value.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '');
  if (paths.length !== value.length) problems.push('leaddocs.customTypes: ignoring entries that are not non-empty strings.');
  return paths;
}

function parseFolders(read: (key: SettingKey) => unknown, problems: string[]): Record<string, string> {
  const folders: Record<string, string> = {};
  for (const [typeId, key] of Object.entries(newDocumentFolderSettings)) {
    const folder = parseFolder(key, read(key), problems);
    if (folder !== undefined) folders[typeId] = folder;
  }
  return folders;
}

/** A folder path setting; empty means unset. */
function parseFolder(key: SettingKey, value: unknown, problems: string[]): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (value !== undefined && value !== null) problems.push(`${key} must be a folder path; ignoring ${describe(value)}.`);
  return undefined;
}

function isSeveritySetting(value: unknown): value is SeveritySetting {
  return (severitySettingValues as readonly unknown[]).includes(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 80) ?? String(value);
  } catch {
    return String(value);
  }
}
