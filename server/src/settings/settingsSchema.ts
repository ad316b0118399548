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
  'leaddocs.ignore': {
    type: 'array',
    default: [],
    items: { type: 'string' },
    description: 'Globs of files Leaddocs never checks, whatever they contain (for example `["**/drafts/**"]`). Front matter `leaddocs: off` does the same for one file.',
  },
  'leaddocs.customTypes': {
    type: 'array',
    default: [],
    items: { type: 'string' },
    description: 'Workspace-relative paths of `*.doctype.json` files that define a team\'s own document types.',
  },
  'leaddocs.validation.delay': {
    // null, not a number, by default: clients send the default when nothing is set, and the
    // server must tell "not set" (adapt) from a chosen delay (keep it).
    type: ['number', 'null'],
    default: null,
    minimum: 0,
    maximum: 10000,
    description:
      'Milliseconds to wait after the last edit before a document is checked again. When not set, the wait adapts to the document: about 50 ms when its last check was quick, longer for documents that take long to check.',
  },
  'leaddocs.decisionLog.staleProposalDays': {
    type: 'number',
    default: 30,
    minimum: 1,
    maximum: 3650,
    description: 'Days an ADR may stay `proposed` before `stale-proposal` reports it, counted from the day it was added to the git repository (in a trusted workspace), else from its date.',
  },
  'leaddocs.decisionLog.file': {
    type: 'string',
    default: 'README.md',
    description: 'File name of the decision log that "Leaddocs: Generate Decision Log" and `leaddocs log` keep in each ADR folder. Only the part between its markers is generated.',
  },
  'leaddocs.decisionLog.order': {
    type: 'string',
    default: 'number',
    enum: ['number', 'status'],
    description: 'How the decision log lists ADRs: `number` (one list in number order) or `status` (a group per status).',
  },
  // Where the "New …" commands put a document: the server answers leaddocs/newDocumentTarget with them.
  'leaddocs.adr.folder': {
    type: 'string',
    default: '',
    description: 'Workspace-relative folder for "Leaddocs: New ADR". Empty: the folder a log4brains `.log4brains.yml` names, else the folder (or workspace root) holding existing ADRs, else `docs/decisions`.',
  },
  'leaddocs.brief.folder': {
    type: 'string',
    default: '',
    description: 'Workspace-relative folder for "Leaddocs: New Executive Brief". Empty: the folder (or workspace root) holding existing briefs, else `briefs`.',
  },
  'leaddocs.mentorshipPlan.folder': {
    type: 'string',
    default: '',
    description: 'Workspace-relative folder for "Leaddocs: New Mentorship Plan". Empty: the folder (or workspace root) holding existing plans, else `mentorship`.',
  },
  'leaddocs.portfolio.folder': {
    type: 'string',
    default: '',
    description: 'Workspace-relative folder for "Leaddocs: New Leadership Portfolio Entry". Empty: the folder (or workspace root) holding existing portfolios, else `portfolio`.',
  },
  'leaddocs.postmortem.folder': {
    type: 'string',
    default: '',
    description: 'Workspace-relative folder for "Leaddocs: New Postmortem". Empty: the folder (or workspace root) holding existing postmortems, else `postmortems`.',
  },
  // The server renders new documents from these templates (leaddocs/newDocumentTarget, `leaddocs new`).
  'leaddocs.templates.folder': {
    type: 'string',
    default: '',
    description:
      'Workspace-relative folder of a team\'s own templates for the "New …" commands and `leaddocs new`: `adr.md`, `adr-nygard.md`, `brief.md`, `mentorship-plan.md`, `portfolio.md`, `postmortem.md`, or `<type id>.md` for a team\'s type, with `{{title}}`, `{{date}}` and `{{number}}` filled in. A missing file falls back to the built-in template (for a team\'s type, its sections).',
  },
  'leaddocs.fixAllOnSave': {
    type: 'boolean',
    default: false,
    // Read by the client's save hook, not the server.
    description: 'Apply every safe Leaddocs fix (`source.fixAll.leaddocs`) when a markdown document is saved.',
  },
  // Read by the export commands in the client; the server renders and never writes.
  'leaddocs.export.folder': {
    type: 'string',
    default: '',
    description:
      'Folder the export commands write into: absolute, or relative to the document\'s workspace folder. Empty writes next to the document.',
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

/**
 * Settings only the VS Code client reads. A team settings file (`.leaddocs.json`) cannot hold
 * them: the server and the CLI would not act on them, and the editor reads its own settings.
 */
export const editorOnlySettings: readonly SettingKey[] = ['leaddocs.fixAllOnSave', 'leaddocs.export.folder', 'leaddocs.trace.server'];

/** The folder setting of each built-in type that has a "New …" command, by type id. */
export const newDocumentFolderSettings = {
  adr: 'leaddocs.adr.folder',
  brief: 'leaddocs.brief.folder',
  'mentorship-plan': 'leaddocs.mentorshipPlan.folder',
  portfolio: 'leaddocs.portfolio.folder',
  postmortem: 'leaddocs.postmortem.folder',
} as const satisfies Record<string, SettingKey>;
