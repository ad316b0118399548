/**
 * Every Leaddocs setting, described once. package.json's `contributes.configuration` is
 * generated from this object and the server takes its defaults from it, so a setting's key,
 * type and default cannot drift between the two.
 */

/** What a rule may be set to; 'off' silences it. */
export const severitySettingValues = ['error', 'warning', 'information', 'hint', 'off'] as const;

export const settingsSchema = {
  'leaddocs.rules': {
    type: 'object',
    default: {},
    additionalProperties: { type: 'string', enum: severitySettingValues },
    description: 'Severity per rule id (`error`, `warning`, `information`, `hint`), or `off` to silence a rule.',
  },
  'leaddocs.passMark': {
    type: 'number',
    default: 80,
    minimum: 0,
    maximum: 100,
    description: 'Completeness score (0–100) at which a document passes its checklist.',
  },
  'leaddocs.documentTypes.paths': {
    type: 'object',
    default: {},
    additionalProperties: { type: 'array', items: { type: 'string' } },
    description:
      'Workspace-relative globs per document type id (for example `{"adr": ["design/decisions/**"]}`); they replace that type\'s default paths.',
  },
  'leaddocs.customTypes': {
    type: 'array',
    default: [],
    items: { type: 'string' },
    description: 'Workspace-relative paths of `*.doctype.json` files that define a team\'s own document types.',
  },
  'leaddocs.validation.delay': {
    type: 'number',
    default: 300,
    minimum: 0,
    maximum: 10000,
    description: 'Milliseconds to wait after the last edit before a document is checked again.',
  },
  // Read by the language client, not the server: it decides how much LSP traffic is logged.
  'leaddocs.trace.server': {
    type: 'string',
    default: 'off',
    enum: ['off', 'messages', 'verbose'],
    description: 'Traces the communication between the editor and the Leaddocs language server.',
  },
} as const;

export type SettingKey = keyof typeof settingsSchema;
