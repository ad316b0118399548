import { editorOnlySettings, settingsSchema } from './settingsSchema';

const PREFIX = 'leaddocs.';

/** Every setting's key without the prefix, as a `leaddocs` section holds it: `rules`, `validation.delay`, … */
export const SECTION_KEYS: readonly string[] = Object.keys(settingsSchema).map((key) => key.slice(PREFIX.length));

/** What a team settings file may set: every setting the server or the CLI reads. */
export const TEAM_FILE_KEYS: readonly string[] = SECTION_KEYS.filter((key) => !editorOnlySettings.includes(`${PREFIX}${key}` as (typeof editorOnlySettings)[number]));

/** Settings whose value is a map: a higher layer adds or replaces entries (one rule's severity), not the whole map. */
const MAP_KEYS: ReadonlySet<string> = new Set(['rules', 'documentTypes.paths']);

/**
 * One `leaddocs` section (flat keys without the prefix) from several, lowest first: for each
 * setting the highest layer that sets it wins, except that map settings merge entry by entry.
 * A layer may be nested (`validation: { delay }`, as VS Code sends it) or flat (`"validation.delay"`).
 * `null` sets nothing, as clients send it for a setting left at its default.
 */
export function layerSettings(layers: readonly unknown[]): Record<string, unknown> {
  const section: Record<string, unknown> = {};
  for (const key of SECTION_KEYS) {
    for (const layer of layers) {
      const value = readSetting(layer, key);
      if (value === undefined || value === null) continue;
      const below = section[key];
      section[key] = MAP_KEYS.has(key) && isRecord(value) && isRecord(below) ? { ...below, ...value } : value;
    }
  }
  return section;
}

/** A setting's value in a section, by its key without the prefix; flat keys first, then nested objects. */
export function readSetting(section: unknown, key: string): unknown {
  if (!isRecord(section)) return undefined;
  if (Object.hasOwn(section, key)) return section[key];
  let value: unknown = section;
  for (const part of key.split('.')) {
    if (!isRecord(value) || !Object.hasOwn(value, part)) return undefined;
    value = value[part];
  }
  return value;
}

/**
 * A team file's settings as a section: its keys, with or without the `leaddocs.` prefix, written
 * flat as in settings.json. Keys that name no setting are returned apart, so a typo is reported
 * rather than silently ignored; `$schema` and other `$` keys are for editors.
 */
export function teamFileSection(value: Record<string, unknown>): { readonly section: Record<string, unknown>; readonly unknownKeys: readonly string[]; readonly editorKeys: readonly string[] } {
  const section: Record<string, unknown> = {};
  const unknownKeys: string[] = [];
  const editorKeys: string[] = [];
  for (const [written, setting] of Object.entries(value)) {
    if (written.startsWith('$')) continue;
    const key = written.startsWith(PREFIX) ? written.slice(PREFIX.length) : written;
    if (TEAM_FILE_KEYS.includes(key)) section[key] = setting;
    else if (SECTION_KEYS.includes(key)) editorKeys.push(written);
    else unknownKeys.push(written);
  }
  return { section, unknownKeys, editorKeys };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
