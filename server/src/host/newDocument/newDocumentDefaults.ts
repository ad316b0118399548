import type { NamingScheme } from './naming';

/** Where a type's new documents go and how they start, until the workspace says otherwise. */
export interface NewDocumentDefaults {
  /** Workspace-relative; used when neither the setting nor existing documents name a folder. */
  readonly defaultFolder: string;
  /** Template name (`adr` → `templates/adr.md`, or the team's `adr.md`). */
  readonly template: string;
  /** How a folder with no documents yet names them. */
  readonly naming: NamingScheme;
}

/** adr-tools folders hold Nygard ADRs; a new one there looks like its neighbours. */
export const NYGARD_ADR_TEMPLATE = 'adr-nygard';

const BUILT_IN: Readonly<Record<string, NewDocumentDefaults>> = {
  adr: { defaultFolder: 'docs/decisions', template: 'adr', naming: { kind: 'numbered', prefix: '', width: 4 } },
  brief: { defaultFolder: 'briefs', template: 'brief', naming: { kind: 'slug' } },
  'mentorship-plan': { defaultFolder: 'mentorship', template: 'mentorship-plan', naming: { kind: 'slug' } },
  portfolio: { defaultFolder: 'portfolio', template: 'portfolio', naming: { kind: 'slug' } },
  postmortem: { defaultFolder: 'postmortems', template: 'postmortem', naming: { kind: 'isoDate' } },
};

/** A team's own type goes in a folder named after it, with a template of its id. */
export function newDocumentDefaults(typeId: string): NewDocumentDefaults {
  return BUILT_IN[typeId] ?? { defaultFolder: typeId, template: typeId, naming: { kind: 'slug' } };
}
