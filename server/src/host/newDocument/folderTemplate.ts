/**
 * The template a folder keeps beside its documents: log4brains' `template.md`, MADR's
 * `adr-template.md`, `0000-TEMPLATE.md`, dfds' `PMyyyy-nnn - Postmortem template.md`. Such
 * templates are written for people copying them by hand, not with `{{title}}` fields, so a new
 * document made from one gets what log4brains gives it: the title in the first H1 (keeping a
 * Nygard `N.` before it), and today in a `Date:` line that holds a placeholder or a date.
 * An adr-tools folder's `templates/template.md` is filled as `adr new` fills it instead.
 */
import { parseLeadDocument } from '../../engine';
import type { WorkspaceFiles } from '../workspaceFiles';
import { fillTemplate, type TemplateValues } from './templateValues';

/** A template the folder keeps, and how a new document is made from it. */
export interface FolderTemplate {
  /** As the result names it: the file name, or `templates/template.md` for adr-tools. */
  readonly name: string;
  readonly uri: string;
  readonly fill: (template: string, values: TemplateValues) => string;
}

/** adr-tools' `adr new` uses `<adr dir>/templates/template.md` when there is one (npryce/adr-tools src/adr-new). */
export const ADR_TOOLS_TEMPLATE = 'templates/template.md';

/** The folder's own template, if it keeps one: beside its documents, else (ADRs) where adr-tools looks. */
export async function folderTemplateOf(typeId: string, folder: string, names: readonly string[], files: WorkspaceFiles): Promise<FolderTemplate | undefined> {
  const beside = folderTemplateName(names);
  if (beside !== undefined) return { name: beside, uri: new URL(beside, `${folder}/`).href, fill: fillFolderTemplate };
  if (typeId !== 'adr') return undefined;
  const adrTools = new URL(ADR_TOOLS_TEMPLATE, `${folder}/`).href;
  return (await files.exists(adrTools).catch(() => false)) ? { name: ADR_TOOLS_TEMPLATE, uri: adrTools, fill: fillAdrToolsTemplate } : undefined;
}

const TEMPLATE_FILE = /^(?:template[^/]*|[^/]*template)\.md$/i;
// `adr-template-minimal.md`: one word, then the template's own name, as the engine reads it.
const NAMED_TEMPLATE_FILE = /^[a-z0-9]+[-_.]template[-_.][^/]*\.md$/i;

/** The folder's template among its file names: `template.md` first, else the shortest name that says template. */
export function folderTemplateName(names: readonly string[]): string | undefined {
  const candidates = names.filter((name) => TEMPLATE_FILE.test(name) || NAMED_TEMPLATE_FILE.test(name));
  const exact = candidates.find((name) => name.toLowerCase() === 'template.md');
  if (exact !== undefined) return exact;
  // A variant (`adr-template-minimal.md`) is longer than the template it varies.
  return [...candidates].sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
}

/** `{{…}}` fields as in any template; then, when the template has none for them, the H1 and the date line. */
export function fillFolderTemplate(template: string, values: TemplateValues): string {
  const hasField = (name: string): boolean => new RegExp(`\\{\\{\\s*${name}\\s*\\}\\}`).test(template);
  let text = fillTemplate(template, values);
  if (!hasField('title')) text = withTitle(text, values);
  if (!hasField('date')) text = withDate(text, values.date);
  return text;
}

// A BOM before it (Letterbook's template has one); then a Nygard number, perhaps.
const ATX_H1_MARKER = /^\uFEFF? {0,3}#[ \t]+/;
const NYGARD_NUMBER = /^\d+\.[ \t]/;

/** log4brains' setFirstH1Title: the first level-one heading becomes the title, or one is put first. */
function withTitle(text: string, { title, number }: TemplateValues): string {
  const document = parseLeadDocument({ uri: 'untitled:template', text });
  const lines = text.split('\n');
  const h1 = document.headings.find((heading) => heading.level === 1);
  const line = h1 === undefined ? '' : (lines[h1.line] ?? '');
  const marker = ATX_H1_MARKER.exec(line)?.[0];
  if (h1 !== undefined && marker !== undefined) {
    const heading = line.slice(marker.length);
    // `# 1. Record architecture decisions` in an adr-tools folder: the new record keeps the form.
    const numbered = NYGARD_NUMBER.test(heading) ? `${number}. ` : '';
    lines[h1.line] = `${marker}${numbered}${title}${line.endsWith('\r') ? '\r' : ''}`;
    return lines.join('\n');
  }
  // A setext heading or none: the title goes first in the body, as log4brains puts it.
  lines.splice(document.bodyStartLine, 0, `# ${title}`, '');
  return lines.join('\n');
}

// `- Date: [YYYY-MM-DD when the decision was last updated]`, `date: {YYYY-MM-DD …}`, `Date: 2018-07-05`.
const DATE_LINE = /^((?:[-*+][ \t]+)?(?:\*\*)?date(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*)(?:\[[^\]\n]*\]|\{[^}\n]*\}|\d{4}-\d{2}-\d{2}|YYYY-MM-DD|DATE)/i;

/** The first date line in the front matter or the preamble (before the first section) gets today. */
function withDate(text: string, date: string): string {
  const document = parseLeadDocument({ uri: 'untitled:template', text });
  const firstSection = document.headings.find((heading) => heading.level > 1)?.line ?? Number.POSITIVE_INFINITY;
  const lines = text.split('\n');
  const index = lines.findIndex((line, at) => at < firstSection && DATE_LINE.test(line));
  if (index < 0) return text;
  lines[index] = (lines[index] ?? '').replace(DATE_LINE, (_match, label: string) => `${label}${date}`);
  return lines.join('\n');
}

/**
 * As adr-tools' `sed` does it: on each line, the first NUMBER, TITLE, DATE and STATUS, wherever
 * they stand. The status a new record gets is Leaddocs' (Proposed), not adr-tools' (Accepted):
 * a decision just written is not yet made.
 */
export function fillAdrToolsTemplate(template: string, values: TemplateValues): string {
  const tokens: ReadonlyArray<readonly [string, string]> = [
    ['NUMBER', String(values.number)],
    ['TITLE', values.title],
    ['DATE', values.date],
    ['STATUS', 'Proposed'],
  ];
  return fillTemplate(template, values)
    .split('\n')
    .map((line) => tokens.reduce((filled, [token, value]) => filled.replace(token, () => value), line))
    .join('\n');
}
