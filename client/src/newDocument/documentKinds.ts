/** The documents the "New …" commands create: where each goes, how it is named, which template it starts from. */
import type { NamingScheme } from './numbering';

export interface DocumentKind {
  readonly command: string;
  /** Type id, as in doctypes/<id>.doctype.json; its detection globs find existing folders. */
  readonly typeId: string;
  /** Shown in the title box: "New ADR". */
  readonly label: string;
  /** Key under the `leaddocs` section naming the folder. */
  readonly folderSetting: string;
  readonly defaultFolder: string;
  readonly template: string;
  /** How a folder with no documents yet names them. */
  readonly naming: NamingScheme;
}

export const NYGARD_ADR_TEMPLATE = 'adr-nygard';

export const documentKinds: readonly DocumentKind[] = [
  { command: 'leaddocs.newAdr', typeId: 'adr', label: 'ADR', folderSetting: 'adr.folder', defaultFolder: 'docs/decisions', template: 'adr', naming: { kind: 'numbered', prefix: '', width: 4 } },
  { command: 'leaddocs.newBrief', typeId: 'brief', label: 'Executive Brief', folderSetting: 'brief.folder', defaultFolder: 'briefs', template: 'brief', naming: { kind: 'slug' } },
  { command: 'leaddocs.newMentorshipPlan', typeId: 'mentorship-plan', label: 'Mentorship Plan', folderSetting: 'mentorshipPlan.folder', defaultFolder: 'mentorship', template: 'mentorship-plan', naming: { kind: 'slug' } },
  { command: 'leaddocs.newPortfolio', typeId: 'portfolio', label: 'Leadership Portfolio Entry', folderSetting: 'portfolio.folder', defaultFolder: 'portfolio', template: 'portfolio', naming: { kind: 'slug' } },
  { command: 'leaddocs.newPostmortem', typeId: 'postmortem', label: 'Postmortem', folderSetting: 'postmortem.folder', defaultFolder: 'postmortems', template: 'postmortem', naming: { kind: 'isoDate' } },
];

/**
 * adr-tools folders hold Nygard ADRs (`# 3. Title`, `Date:`, `## Status`); a new one should
 * look like its neighbours rather than switch the folder to MADR.
 */
export function looksLikeNygardAdr(text: string): boolean {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  return /^#\s+\d+\.\s+\S/.test(firstLine) && /^##\s+Status\s*$/im.test(text);
}
