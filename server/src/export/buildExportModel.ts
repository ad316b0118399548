import type { Token } from 'markdown-it';
import type { DocumentAnalysis } from '../engine/analysis';
import type { Heading } from '../engine/model/blocks';
import type { LeadDocument } from '../engine/model/leadDocument';
import { isPlaceholderText } from '../engine/model/placeholders';
import { bodyItems, type BodyItem } from './blockTree';
import { planConfidentialCuts, CONFIDENTIAL_KEY, type ConfidentialPlan } from './confidential';
import { readExportBody, type ExportBody } from './exportBody';
import type { ExportBlock, ExportModel, ExportSection } from './exportModel';
import { headerFields } from './headerFields';
import { splitHeadingAttributes } from './headingAttributes';
import { inlineRuns, plainText } from './inlineRuns';
import { placeholdersIn } from './placeholders';

/** What an export reads of the engine's analysis: the parsed document and what was derived from it. */
export type ExportableDocument = Pick<DocumentAnalysis, 'document' | 'fields' | 'typeLabel'>;

export interface ExportModelOptions {
  /** File path or name; used for the title when the document has none. */
  readonly path?: string;
}

export interface BuiltExportModel {
  readonly model: ExportModel;
  readonly warnings: string[];
}

/**
 * Decides what every format will show, from the analysis: its document is not parsed again,
 * and the body's markdown is read once, for the block tree and the HTML alike.
 */
export function buildExportModel(analysis: ExportableDocument, options: ExportModelOptions = {}): BuiltExportModel {
  const { document } = analysis;
  const { titleHeading, plan, header, warnings } = exportFrame(analysis);
  const { body, titleInline } = readExportBody(document, plan.cuts, titleHeading === undefined ? undefined : { line: titleHeading.line, keep: false });
  const { lead, sections } = groupSections(bodyItems(body.tokens));

  const placeholders = body.lines.flatMap((line) => (line.kind === 'prose' || line.kind === 'heading' ? placeholdersIn(line.text, body.referenceLabels) : []));
  const keys = frontMatterPlaceholderKeys(document);
  if (placeholders.length + keys.length > 0) {
    warnings.push(`${placeholders.length + keys.length} template placeholder(s) still in the document${keys.length > 0 ? ` (front matter: ${keys.join(', ')})` : ''}.`);
  }
  return {
    model: {
      title: readTitle(document, titleInline, options.path ?? document.uri),
      header,
      lead,
      sections,
      body,
      omittedSections: plan.cuts.length,
      omittedTitles: plan.cuts.map((cut) => cut.title),
    },
    warnings,
  };
}

/** What the preview shows besides the checklist: the whole body (the author sees confidential sections too). */
export interface PreviewParts {
  readonly title: string;
  readonly header: ExportModel['header'];
  readonly confidentialSections: number;
  readonly body: ExportBody;
}

/** The preview's title, header card and body, read like an export's but with nothing cut. */
export function buildPreviewParts(analysis: ExportableDocument): PreviewParts {
  const { document } = analysis;
  const { titleHeading, plan, header } = exportFrame(analysis);
  const { body, titleInline } = readExportBody(document, [], titleHeading === undefined ? undefined : { line: titleHeading.line, keep: true });
  return { title: readTitle(document, titleInline, document.uri), header, confidentialSections: plan.cuts.length, body };
}

/** The title heading, the confidential plan and the header card: what export and preview share. */
function exportFrame(analysis: ExportableDocument): { titleHeading: Heading | undefined; plan: ConfidentialPlan; header: ExportModel['header']; warnings: string[] } {
  const { document } = analysis;
  const frontMatter = document.frontMatter?.data ?? {};
  const titleHeading = findTitleHeading(document.headings);
  // `confidential:` written twice keeps only the last in `data`; every section either lists is cut.
  const repeated = document.frontMatter?.repeatedValues.get(CONFIDENTIAL_KEY);
  const confidentialSource = repeated === undefined ? frontMatter : { ...frontMatter, [CONFIDENTIAL_KEY]: repeated.flatMap((value) => (Array.isArray(value) ? value : [value])) };
  const plan = planConfidentialCuts(document.sections, confidentialSource, titleHeading?.line);
  const warnings: string[] = [];
  if (plan.invalidList) warnings.push(`Front matter "${CONFIDENTIAL_KEY}" should be a list of section titles; it was ignored, so no section was left out because of it.`);
  if (titleHeading !== undefined && splitHeadingAttributes(titleHeading.text).confidential) {
    warnings.push('The title is marked confidential, but only sections can be left out: everything else was exported. Mark the sections that must stay in.');
  }
  for (const name of plan.unmatchedNames) warnings.push(`Front matter lists "${name}" as confidential, but no section has that title: check the spelling.`);
  const fields = Object.fromEntries(Object.values(analysis.fields).map((field) => [field.name, field.text]));
  return { titleHeading, plan, header: headerFields(frontMatter, fields, analysis.typeLabel ?? undefined), warnings };
}

/** Front matter keys still holding template text: unquoted `{…}` (masked before YAML) or a quoted prompt. */
function frontMatterPlaceholderKeys(document: LeadDocument): string[] {
  const masked = (document.frontMatter?.placeholders ?? []).map((placeholder) => placeholder.key);
  const quoted = [...(document.frontMatter?.entries.values() ?? [])].filter((entry) => typeof entry.value === 'string' && isPlaceholderText(entry.value)).map((entry) => entry.key);
  return [...masked, ...quoted];
}

/** The single H1 that opens the document; several H1s mean H1 is the section level. */
function findTitleHeading(headings: readonly Heading[]): Heading | undefined {
  const first = headings[0];
  if (first === undefined || first.level !== 1) return undefined;
  return headings.filter((h) => h.level === 1).length === 1 ? first : undefined;
}

/**
 * The title as a reader sees it: the title heading's words (raw HTML in it stays visible text, as
 * in the body), else front matter `title`, else the file name.
 */
function readTitle(document: LeadDocument, titleInline: Token | undefined, location: string | undefined): string {
  if (titleInline !== undefined) return splitHeadingAttributes(plainText(inlineRuns(titleInline))).text;
  const fromFrontMatter = document.frontMatter?.data['title'];
  if (typeof fromFrontMatter === 'string' && fromFrontMatter.trim() !== '') return fromFrontMatter.trim();
  const name = location?.split(/[\\/]/).pop()?.replace(/\.[^.]+$/, '');
  return name !== undefined && name !== '' ? name : 'Untitled document';
}

type MutableSection = { title: string; level: number; blocks: ExportBlock[]; children: MutableSection[] };

/** Nests sections under the nearest earlier heading of a lower level. */
function groupSections(items: readonly BodyItem[]): { lead: ExportBlock[]; sections: ExportSection[] } {
  const lead: ExportBlock[] = [];
  const sections: MutableSection[] = [];
  const stack: MutableSection[] = [];
  for (const item of items) {
    if (item.kind === 'block') {
      const owner = stack[stack.length - 1];
      (owner?.blocks ?? lead).push(item.block);
      continue;
    }
    const section: MutableSection = { title: splitHeadingAttributes(plainText(item.inlines)).text, level: item.level, blocks: [], children: [] };
    while (stack.length > 0 && (stack[stack.length - 1] as MutableSection).level >= item.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent?.children ?? sections).push(section);
    stack.push(section);
  }
  return { lead, sections };
}
