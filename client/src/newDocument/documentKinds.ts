/** The documents the "New …" commands create. Where each goes and how it is named, the server says. */

export interface DocumentKind {
  readonly command: string;
  /** Type id, as in doctypes/<id>.doctype.json. */
  readonly typeId: string;
  /** Shown in the title box: "New ADR". */
  readonly label: string;
}

export const documentKinds: readonly DocumentKind[] = [
  { command: 'leaddocs.newAdr', typeId: 'adr', label: 'ADR' },
  { command: 'leaddocs.newBrief', typeId: 'brief', label: 'Executive Brief' },
  { command: 'leaddocs.newMentorshipPlan', typeId: 'mentorship-plan', label: 'Mentorship Plan' },
  { command: 'leaddocs.newPortfolio', typeId: 'portfolio', label: 'Leadership Portfolio Entry' },
  { command: 'leaddocs.newPostmortem', typeId: 'postmortem', label: 'Postmortem' },
];
