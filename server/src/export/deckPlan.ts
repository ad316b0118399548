import { headingKey } from '../engine/model/headingKey';
import { sectionText } from './blockText';
import type { ExportBlock, ExportModel, ExportSection } from './exportModel';

export type SlideRole = 'summary' | 'section' | 'asks' | 'risks';

export interface PlannedSlide {
  readonly role: SlideRole;
  readonly title: string;
  readonly blocks: readonly ExportBlock[];
  /** Sub-sections shown on the same slide as bold lead-ins. */
  readonly children: readonly ExportSection[];
  /** Full section text when it is too long to read off the slide; undefined otherwise. */
  readonly notes: string | undefined;
}

/** Past this many characters a slide is a summary and the speaker needs the full text. */
export const NOTES_THRESHOLD = 280;

/** Titles a brief uses for its asks and its risks (compared as heading keys). */
const ASKS = /^(the )?(asks?|requests?|decisions? (needed|required|requested)|what we need|asks and decisions|our asks)( from (the )?\w+)?$/;
const RISKS = /^(key |top |main )?risks?( and (mitigations?|issues))?$/;

export function roleOf(title: string): SlideRole {
  const key = headingKey(title);
  if (ASKS.test(key)) return 'asks';
  if (RISKS.test(key)) return 'risks';
  return 'section';
}

/**
 * A deck as the course asks for one: each top-level section a slide, and the asks and the
 * risks always on slides of their own, even when the author nested them under another section.
 */
export function planDeck(model: ExportModel): PlannedSlide[] {
  const slides: PlannedSlide[] = [];
  if (model.lead.length > 0) slides.push(slide('summary', 'Summary', { title: 'Summary', level: 2, blocks: model.lead, children: [] }));
  for (const section of model.sections) {
    const pulledOut = section.children.filter((child) => roleOf(child.title) !== 'section');
    const kept = section.children.filter((child) => roleOf(child.title) === 'section');
    slides.push(slide(roleOf(section.title), section.title, { ...section, children: kept }));
    for (const child of pulledOut) slides.push(slide(roleOf(child.title), child.title, child));
  }
  return slides;
}

function slide(role: SlideRole, title: string, section: ExportSection): PlannedSlide {
  const text = sectionText(section);
  return { role, title, blocks: section.blocks, children: section.children, notes: text.length > NOTES_THRESHOLD ? text : undefined };
}
