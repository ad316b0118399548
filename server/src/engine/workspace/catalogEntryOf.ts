import { lineEndingOf } from '../model/lineEndings';
import { asText } from '../derive/fields';
import type { FieldValue } from '../derive/fields';
import type { Finding } from '../findings';
import type { Heading } from '../model/blocks';
import type { TypedDocument } from '../rules/rule';
import { actionItemsIn } from './actionItems';
import type { CatalogEntry, DateAt, FeedbackLog, FindingCounts, StatusAt } from './catalogEntry';
import { dateInText, isoDateOf } from './datedText';
import { documentLinks } from './documentLinks';
import { numberSources } from './documentNumbers';
import { headingSlugs } from './headingSlugs';
import { supersessionOf } from './supersession';

// Section and field ids the catalogue reads. A team's own type opts in by using the same ids.
const ACTION_ITEMS_SECTION = 'action-items';
const FEEDBACK_SECTION = 'feedback-log';
const ID_LIKE = /^[A-Za-z]{1,12}[-\s_]?\d{1,5}$/;
const PEOPLE_SEPARATOR = /,|;|\band\b/;
const TEMPLATE_BRACKET = /[{}[\]]/;

/**
 * What the workspace catalogue keeps of a typed document; built once per analysis, with the rule
 * ids the document turns off (the analysis has already read them).
 */
export function catalogEntryOf(typed: TypedDocument, findings: readonly Finding[], disabledRules: ReadonlySet<string>): CatalogEntry {
  const { document, spec, title, status, fields } = typed;
  const numbers = numberSources(document, title);
  // The file name is the number that tools and links go by (adr-tools, log4brains): a title or
  // id that disagrees gets number-mismatch, and must not make another ADR look like a duplicate.
  const number = numbers.fileName ?? numbers.frontMatter?.value ?? numbers.title?.value ?? null;
  const statusSection = spec.status?.section === undefined ? undefined : typed.sectionsById.get(spec.status.section);
  const { supersedes, supersededBy } = supersessionOf(document, fields, status, statusSection);
  const actionSection = typed.sectionsById.get(ACTION_ITEMS_SECTION);
  const { links, urls, decisionMentions } = documentLinks(document);
  return {
    uri: document.uri,
    path: document.path ?? null,
    type: spec.id,
    title: title === null ? null : { text: title.text, range: title.range },
    number,
    numbers,
    id: idOf(document.frontMatter?.data['id'], spec.id, number),
    status: status === null ? null : statusAt(typed),
    date: fields['date'] === undefined ? null : isoDateOf(fields['date'].text),
    supersedes,
    supersededBy,
    links,
    urls,
    decisionMentions,
    anchors: headingSlugs(headingTexts(document.headings)),
    people: peopleIn(typed),
    reviewBy: reviewDate(fields['review-date'] ?? fields['next-review']),
    actionItems: actionSection === undefined ? [] : actionItemsIn(document, actionSection),
    feedback: feedbackOf(typed),
    editAnchors: { frontMatterClosingLine: document.frontMatter?.closingLine ?? null, lineEnding: lineEndingOf(document) === '\r\n' ? '\r\n' : '\n' },
    disabledRules: [...disabledRules],
    findingCounts: countBySeverity(findings),
  };
}

/** A loop into a literal: a `map` over no headings makes an array of another kind, which costs the compiled code a recompile. */
function headingTexts(headings: readonly Heading[]): string[] {
  const texts: string[] = [];
  for (const heading of headings) texts.push(heading.text);
  return texts;
}

function idOf(written: unknown, type: string, number: number | null): string | null {
  if (typeof written === 'string' && ID_LIKE.test(written.trim())) return written.trim();
  if (number === null) return null;
  return type === 'adr' ? `ADR-${String(number).padStart(4, '0')}` : String(number);
}

function statusAt({ document, status, fields }: TypedDocument): StatusAt | null {
  if (status === null) return null;
  const field = fields['status'];
  const style = field === undefined ? 'section' : field.source === 'front-matter' ? 'front-matter' : 'inline';
  const { start, end } = status.range;
  const line = document.lines.lineText(start.line);
  const source = start.line === end.line ? line.slice(start.character, end.character) : status.raw;
  return { value: status.value, written: status.raw, range: status.range, source, before: line.slice(0, start.character), style };
}

/** `review-date`, else `next-review`: read directly, since the arrays a search needs cost a recompile when a rare document has one. */
function reviewDate(field: FieldValue | undefined): DateAt | null {
  return field === undefined ? null : { iso: isoDateOf(field.text), written: field.text, range: field.range };
}

function peopleIn({ spec, fields }: TypedDocument): string[] {
  const names = new Set<string>();
  for (const [name, field] of Object.entries(fields)) {
    if (spec.fields?.[name]?.kind !== 'people') continue;
    // Each source in a loop of its own: one loop over a `map` result or a `split` one saw two
    // kinds of array, and the second sent the compiled code back to be compiled again.
    if (Array.isArray(field.value)) for (const value of field.value) addPerson(names, asText(value));
    else for (const value of field.text.split(PEOPLE_SEPARATOR)) addPerson(names, value);
  }
  return [...names];
}

function addPerson(names: Set<string>, written: string): void {
  const person = written.trim();
  if (person !== '' && !TEMPLATE_BRACKET.test(person)) names.add(person);
}

function feedbackOf({ fields, sectionsById }: TypedDocument): FeedbackLog | null {
  const section = sectionsById.get(FEEDBACK_SECTION);
  const cadence = fields['cadence'];
  if (section === undefined && cadence === undefined) return null;
  const entries: DateAt[] = [];
  const dated = (written: string, range: DateAt['range']): void => {
    const iso = dateInText(written);
    if (iso !== null) entries.push({ iso, written, range });
  };
  if (section !== undefined) {
    for (const block of section.blocks) if (block.kind !== 'code' && block.kind !== 'comment' && (block.kind !== 'listItem' || block.depth === 0)) dated(block.text, block.range);
    for (const child of section.children) dated(child.heading.text, child.heading.range);
  }
  return { cadence: cadence?.text ?? null, cadenceRange: cadence?.range ?? null, entries, sectionRange: section?.heading.range ?? null };
}

function countBySeverity(findings: readonly Finding[]): FindingCounts {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
