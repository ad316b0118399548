/**
 * A full skeleton per document type and shape: front matter whose values come from the type's
 * schema and status values, then the type's sections in spec order with their prompts.
 */
import { readDocType, sectionsOf, type DocTypeData, type SectionData } from './docTypeData';
import { actionItem, ask, consideredOption, feedbackEntry, portfolioEntry, risk, timelineEntry } from './sectionSnippets';
import { choice, number, prompt, stop, text, title, today, type Line, type Part } from './snippetParts';

export interface Skeleton {
  /** Snippet name; tests insert snippets by it. */
  readonly name: string;
  readonly prefix: readonly string[];
  readonly description: string;
  /** The template's file name without `.md`; teams override it with a file of the same name. */
  readonly template: string;
  readonly lines: readonly Line[];
}

interface SkeletonShape {
  readonly name: string;
  readonly prefix: readonly string[];
  readonly template: string;
  readonly type: string;
  readonly variant?: string;
  /** Front-matter keys, in the order written. `type` declares the type, so detection needs no folder. */
  readonly frontMatter: readonly string[];
  readonly titlePrompt: string;
  /** Nygard's `# 1. Title` and `Date:` line instead of front matter. */
  readonly nygard?: boolean;
  /** Section bodies with a shape of their own; other sections get their prompt. */
  readonly bodies?: Readonly<Record<string, () => Line[]>>;
}

// Dates a document is written on; other date fields (reviews, deadlines) lie ahead and are left to fill.
const DATED_TODAY = new Set(['date', 'start-date', 'incident-date']);

const madrBodies: Record<string, () => Line[]> = {
  'decision-drivers': () => [[text('* '), stop('{decision driver 1}')], [text('* '), stop('{decision driver 2}')]],
  'considered-options': () => [[text('* '), stop('{title of option 1}', 'option1')], [text('* '), stop('{title of option 2}', 'option2')]],
  'decision-outcome': () => [[text('Chosen option: "'), { kind: 'mirror', id: 'option1' }, text('", because '), stop('{justification}'), text('.')]],
  consequences: () => [[text('* Good, because '), stop('{positive consequence}')], [text('* Bad, because '), stop('{negative consequence}')]],
  'pros-and-cons-of-the-options': () => [...consideredOption('option1'), [], ...consideredOption('option2')],
};

const shapes: readonly SkeletonShape[] = [
  {
    name: 'ADR (MADR 4)', prefix: ['adr-madr', 'leaddocs-adr'], template: 'adr', type: 'adr', variant: 'madr',
    frontMatter: ['status', 'date', 'decision-makers', 'consulted', 'informed'],
    titlePrompt: '{short title, representative of solved problem and found solution}', bodies: madrBodies,
  },
  {
    name: 'ADR (Nygard)', prefix: ['adr-nygard', 'leaddocs-adr-nygard'], template: 'adr-nygard', type: 'adr', variant: 'nygard',
    frontMatter: [], titlePrompt: '{title}', nygard: true,
  },
  {
    name: 'Executive brief', prefix: ['brief-skeleton', 'leaddocs-brief'], template: 'brief', type: 'brief',
    frontMatter: ['type', 'author', 'date', 'audience', 'status', 'decision-needed-by'], titlePrompt: '{what you want decided}',
    bodies: { risks: () => [risk], asks: () => [ask], 'action-items': () => [actionItem] },
  },
  {
    name: 'Mentorship plan', prefix: ['mentorship-plan', 'leaddocs-mentorship-plan'], template: 'mentorship-plan', type: 'mentorship-plan',
    frontMatter: ['type', 'mentor', 'mentee', 'start-date', 'cadence', 'next-review', 'status'], titlePrompt: '{mentor} and {mentee}',
    bodies: {
      goals: () => [[text('- '), stop('{goal}'), text(' — success metric: from '), stop('{X}'), text(' to '), stop('{Y}'), text(' by '), stop('{YYYY-MM-DD}')]],
      'feedback-log': () => [feedbackEntry],
    },
  },
  {
    name: 'Leadership portfolio', prefix: ['portfolio-skeleton', 'leaddocs-portfolio'], template: 'portfolio', type: 'portfolio',
    frontMatter: ['type', 'author', 'date', 'period', 'rubric', 'pass-mark', 'status'], titlePrompt: '{name}: leadership portfolio, {period}',
    bodies: {
      'leadership-actions': () => [portfolioEntry],
      'self-assessment': () => [[text('| Criterion | Evidence | Score |')], [text('|---|---|---|')], [text('| '), stop('{criterion}'), text(' | '), stop('{evidence}'), text(' | '), stop('{score}'), text(' |')]],
    },
  },
  {
    name: 'Postmortem', prefix: ['postmortem-skeleton', 'leaddocs-postmortem'], template: 'postmortem', type: 'postmortem',
    frontMatter: ['type', 'incident-date', 'date', 'severity', 'authors', 'incident', 'status'], titlePrompt: '{what failed, and when}',
    bodies: { timeline: () => [timelineEntry], 'action-items': () => [actionItem] },
  },
];

export function buildSkeletons(root: string): Skeleton[] {
  const types = new Map<string, DocTypeData>();
  const typeData = (id: string): DocTypeData => {
    const known = types.get(id) ?? readDocType(root, id);
    types.set(id, known);
    return known;
  };
  return shapes.map((shape) => skeleton(shape, typeData(shape.type)));
}

function skeleton(shape: SkeletonShape, type: DocTypeData): Skeleton {
  const lines: Line[] = [];
  if (shape.frontMatter.length > 0) {
    lines.push([text('---')], ...shape.frontMatter.map((key) => frontMatterLine(type, key)), [text('---')], []);
  }
  if (shape.nygard === true) lines.push([text('# '), number('1'), text('. '), title(shape.titlePrompt)], [], [text('Date: '), today()], []);
  else lines.push([text('# '), title(shape.titlePrompt)], []);
  for (const section of sectionsOf(type, shape.variant)) {
    lines.push([text(`${'#'.repeat(section.level ?? 2)} ${section.title}`)], [], ...sectionBody(shape, type, section), []);
  }
  const layout = shape.variant === undefined ? '' : `, ${shape.name.replace(/^[^(]*\((.*)\)$/, '$1')} layout`;
  const header = shape.nygard === true ? 'numbered title, date' : 'front matter';
  return {
    name: shape.name,
    prefix: shape.prefix,
    description: `${type.label}${layout}: ${header} and every section, in order.`,
    template: shape.template,
    lines,
  };
}

function sectionBody(shape: SkeletonShape, type: DocTypeData, section: SectionData): Line[] {
  const shaped = shape.bodies?.[section.id];
  if (shaped !== undefined) return shaped();
  // Nygard's status is the first line of its section: offer the type's status words, capitalised as adr-tools writes them.
  if (section.id === type.statusSection) return [[choice(type.statusValues.map(capitalise))]];
  return [prompt(section.prompt ?? section.title)];
}

function frontMatterLine(type: DocTypeData, key: string): Line {
  return [text(`${key}: `), ...frontMatterValue(type, key)];
}

function frontMatterValue(type: DocTypeData, key: string): Part[] {
  if (key === 'type') return [text(type.id)];
  const property = type.schema[key];
  if (property === undefined) throw new Error(`${type.id}: the skeleton writes '${key}', which its schema does not describe`);
  if (key === 'status' && type.statusValues.length > 0) return [choice(type.statusValues)];
  if (property.enum !== undefined) return [choice(property.enum.map(String))];
  if (property.default !== undefined) return [stop(String(property.default))];
  if (DATED_TODAY.has(key)) return [today()];
  const field = type.fields[key];
  if (field?.kind === 'date') return quoted('{YYYY-MM-DD}');
  // Quoted, because an unquoted `{…}` is a YAML flow mapping, not the text the author should replace.
  return quoted(`{${(field?.label ?? key).toLowerCase()}}`);
}

function quoted(placeholder: string): Part[] {
  return [text('"'), stop(placeholder), text('"')];
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
