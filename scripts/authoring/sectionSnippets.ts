/**
 * The reusable pieces of a leadership document, each shaped so that, once filled in, it passes
 * the checklist item that reads it (an owner as `@handle`, an ISO due date, an explicit ask…).
 * The skeletons use the same pieces for the sections they fill.
 */
import { choice, mirror, stop, text, time, today, type Line } from './snippetParts';

export interface SectionSnippet {
  readonly name: string;
  readonly prefix: string;
  readonly description: string;
  readonly lines: readonly Line[];
}

const LEVELS = ['low', 'medium', 'high'];

/** An option's Good / Neutral / Bad arguments, MADR's "Pros and Cons of the Options". */
export function consideredOption(titleId?: string): Line[] {
  return [
    [text('### '), titleId === undefined ? stop('{title of option}') : mirror(titleId)],
    [],
    [text('* Good, because '), stop('{argument a}')],
    [text('* Neutral, because '), stop('{argument b}')],
    [text('* Bad, because '), stop('{argument c}')],
  ];
}

export const actionItem: Line = [text('- [ ] '), stop('{action}'), text(' — @'), stop('{owner}'), text(', due '), today()];
export const risk: Line = [text('- **'), stop('{risk}'), text('** — likelihood: '), choice(LEVELS), text(', impact: '), choice(LEVELS), text('; mitigation: '), stop('{mitigation}')];
export const ask: Line = [text('- '), choice(['Approve', 'Fund', 'Decide on', 'Staff']), text(' '), stop('{what you ask for, so the reader can say yes or no}'), text(' by '), today()];
export const feedbackEntry: Line = [text('- '), today(), text(' — '), stop('{what was discussed}'), text('; feedback: '), stop('{feedback given}'), text('; next step: '), stop('{next step}')];
export const portfolioEntry: Line = [text('- '), stop('{leadership action}'), text(' — outcome: '), stop('{PROJ-123}'), text(' — evidence: ['), stop('{evidence}'), text(']('), stop('{link}'), text(')')];
export const timelineEntry: Line = [text('- '), time(), text(' '), stop('UTC'), text(' — '), stop('{event}')];

export const sectionSnippets: readonly SectionSnippet[] = [
  { name: 'Considered option with pros and cons', prefix: 'adr-option', description: 'A MADR option heading with Good, Neutral and Bad arguments.', lines: consideredOption() },
  { name: 'Action item', prefix: 'leaddocs-action-item', description: 'An action item with an owner and a due date.', lines: [actionItem] },
  { name: 'Risk', prefix: 'leaddocs-risk', description: 'A risk with its likelihood, impact and mitigation.', lines: [risk] },
  { name: 'Ask', prefix: 'brief-ask', description: 'An explicit request: a decision or resource, and by when.', lines: [ask] },
  { name: 'Feedback log entry', prefix: 'mentorship-feedback', description: 'A dated feedback-log entry: what was discussed, the feedback and the next step.', lines: [feedbackEntry] },
  { name: 'Portfolio entry', prefix: 'portfolio-entry', description: 'A leadership action tied to a project outcome and its evidence.', lines: [portfolioEntry] },
  { name: 'Timeline entry', prefix: 'postmortem-timeline', description: 'A timestamped incident timeline entry.', lines: [timelineEntry] },
];
