import { parseLeadDocument, type LeadDocument } from '../engine/model/leadDocument';
import type { Heading } from '../engine/model/blocks';
import { parseExportTokens } from './exportMarkdownParser';
import { bodyItems, type BodyItem } from './blockTree';
import { planConfidentialCuts, CONFIDENTIAL_KEY } from './confidential';
import type { ExportBlock, ExportModel, ExportSection } from './exportModel';
import { headerFields } from './headerFields';
import { splitHeadingAttributes } from './headingAttributes';
import { inlineRuns, plainText } from './inlineRuns';
import { isPlaceholderText } from '../engine/model/placeholders';
import { codeLines, placeholdersIn } from './placeholders';

export interface ExportSource {
  readonly text: string;
  readonly uri?: string;
  /** File path or name; used for the title when the document has none. */
  readonly path?: string;
  /** Header values the engine found outside front matter (type label, inline `Status:` lines). */
  readonly fields?: Readonly<Record<string, string>>;
  /** The detected type's label, shown instead of the front matter's type id. */
  readonly typeLabel?: string;
}

export interface BuiltExportModel {
  readonly model: ExportModel;
  readonly warnings: string[];
}

/** Reads the document once and decides what every format will show. */
export function buildExportModel(source: ExportSource): BuiltExportModel {
  const document = parseLeadDocument({ uri: source.uri ?? 'untitled:export', ...(source.path !== undefined ? { path: source.path } : {}), text: source.text });
  const frontMatter = document.frontMatter?.data ?? {};
  const titleHeading = findTitleHeading(document.headings);
  const plan = planConfidentialCuts(document.sections, frontMatter, titleHeading?.line);
  const warnings: string[] = [];
  if (plan.invalidList) warnings.push(`Front matter "${CONFIDENTIAL_KEY}" should be a list of section titles; it was ignored, so no section was left out because of it.`);
  if (titleHeading !== undefined && splitHeadingAttributes(titleHeading.text).confidential) {
    warnings.push('The title is marked confidential, but only sections can be left out: everything else was exported. Mark the sections that must stay in.');
  }
  for (const name of plan.unmatchedNames) warnings.push(`Front matter lists "${name}" as confidential, but no section has that title: check the spelling.`);

  const markdown = keptBody(document, plan.cuts, titleHeading);
  const tokens = parseExportTokens(markdown);
  const { lead, sections } = groupSections(bodyItems(tokens));

  const code = codeLines(tokens);
  const placeholders = markdown.split('\n').flatMap((line, index) => (code.has(index) ? [] : placeholdersIn(line, document.referenceLabels)));
  const keys = frontMatterPlaceholderKeys(document);
  if (placeholders.length + keys.length > 0) {
    warnings.push(`${placeholders.length + keys.length} template placeholder(s) still in the document${keys.length > 0 ? ` (front matter: ${keys.join(', ')})` : ''}.`);
  }

  const title = titleText(titleHeading, frontMatter, source.path ?? source.uri);
  return {
    model: {
      title,
      header: headerFields(frontMatter, source.fields, source.typeLabel),
      lead,
      sections,
      markdown,
      omittedSections: plan.cuts.length,
      omittedTitles: plan.cuts.map((cut) => cut.title),
    },
    warnings,
  };
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

function titleText(heading: Heading | undefined, frontMatter: Readonly<Record<string, unknown>>, location: string | undefined): string {
  if (heading !== undefined) {
    // Re-read from the source so raw HTML in the title stays visible text, as in the body.
    const inline = parseExportTokens(`# ${heading.rawText}`)[1];
    return splitHeadingAttributes(plainText(inlineRuns(inline))).text;
  }
  const fromFrontMatter = frontMatter['title'];
  if (typeof fromFrontMatter === 'string' && fromFrontMatter.trim() !== '') return fromFrontMatter.trim();
  const name = location?.split(/[\\/]/).pop()?.replace(/\.[^.]+$/, '');
  return name !== undefined && name !== '' ? name : 'Untitled document';
}

/** Body lines without the title and the confidential sections. */
function keptBody(document: LeadDocument, cuts: readonly { start: number; end: number }[], title: Heading | undefined): string {
  const kept: string[] = [];
  let cut = 0;
  for (let line = document.bodyStartLine; line < document.lines.lineCount; line++) {
    while (cuts[cut] !== undefined && line >= (cuts[cut]?.end ?? 0)) cut++;
    const current = cuts[cut];
    if (current !== undefined && line >= current.start && line < current.end) continue;
    const text = document.lines.lineText(line);
    if (title !== undefined && line === title.line) continue;
    // A setext title's underline would otherwise read as a paragraph of `=`.
    if (title !== undefined && line === title.line + 1 && /^=+\s*$/.test(text)) continue;
    kept.push(text);
  }
  return kept.join('\n').replace(/^\n+/, '');
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
