import { insertionKeepingBreaks, lineEndingOf } from '../model/lineEndings';
import { parseMarkdownTokens } from '../model/markdown';
import type { SectionSpec, VariantSpec } from '../doctypes/docTypeSpec';
import type { Section } from '../model/blocks';
import type { LeadDocument } from '../model/leadDocument';
import type { TextEdit } from '../text/positions';

/**
 * Where a missing section belongs: after the nearest earlier section of the layout that is
 * present (past its sub-sections), else before the nearest later one, else under its parent,
 * else before the first heading that is not the layout's; only a document with no other
 * heading gets it at the end.
 */
export function insertionEditFor(missing: SectionSpec, variant: VariantSpec, sectionsById: ReadonlyMap<string, Section>, document: LeadDocument): TextEdit {
  const edit = placedInsertion(missing, variant, sectionsById, document);
  // A CRLF file gets CRLF lines, so the inserted section does not mix line endings.
  const eol = lineEndingOf(document);
  const newText = eol === '\n' ? edit.newText : edit.newText.replace(/\n/g, eol);
  return { range: edit.range, newText: insertionKeepingBreaks(document.text, document.lines.offsetAt(edit.range.start), newText) };
}

function placedInsertion(missing: SectionSpec, variant: VariantSpec, sectionsById: ReadonlyMap<string, Section>, document: LeadDocument): TextEdit {
  const siblings = variant.sections.filter((spec) => spec.parent === missing.parent);
  const index = siblings.findIndex((spec) => spec.id === missing.id);
  const scaffold = scaffoldFor(missing);

  for (let i = index - 1; i >= 0; i--) {
    const before = sectionsById.get((siblings[i] as SectionSpec).id);
    if (before !== undefined) return insertAtLine(document, before.endLine, scaffold);
  }
  for (let i = index + 1; i < siblings.length; i++) {
    const after = sectionsById.get((siblings[i] as SectionSpec).id);
    if (after !== undefined) return insertAtLine(document, after.heading.line, scaffold);
  }
  if (missing.parent !== undefined) {
    const parent = sectionsById.get(missing.parent);
    if (parent !== undefined) return insertAtLine(document, parent.endLine, scaffold);
  }
  // None of the layout's sections is there yet: the type's sections go first, ahead of any
  // heading of the author's own (an appendix, notes), and after the title and its preamble.
  const level = missing.level ?? 2;
  const title = document.headings.find((heading) => heading.level === 1);
  const firstOther = document.headings.find((heading) => heading !== title && heading.level <= level && (title === undefined || heading.line > title.line));
  if (firstOther !== undefined) return insertAtLine(document, firstOther.line, scaffold);
  return insertAtLine(document, document.lines.lineCount, scaffold);
}

export function scaffoldFor(spec: SectionSpec): string {
  const heading = `${'#'.repeat(spec.level ?? 2)} ${spec.title}`;
  return spec.prompt === undefined ? `${heading}\n` : `${heading}\n\n<!-- ${spec.prompt.replace(/--/g, '—')} -->\n`;
}

/** Inserts a block so that it is separated from its neighbours by one blank line each. */
function insertAtLine(document: LeadDocument, line: number, block: string): TextEdit {
  const { lines } = document;
  if (line >= lines.lineCount) {
    const open = blockLeftOpen(document);
    if (open !== undefined) return insertAtLine(document, open, block);
    const last = lines.lineCount - 1;
    const lastText = lines.lineText(last);
    const end = { line: last, character: lastText.length };
    // A blank last line that holds a tab or a stray BOM would indent the heading or hide it
    // (found by fuzzing), so the section starts on a line of its own after it.
    const lead = lastText.trim() !== '' ? '\n\n' : lastText !== '' || (last > 0 && lines.lineText(last - 1).trim() !== '') ? '\n' : '';
    return { range: { start: end, end }, newText: lead + block };
  }
  const at = { line, character: 0 };
  const previousBlank = line === 0 || lines.lineText(line - 1).trim() === '';
  return { range: { start: at, end: at }, newText: (previousBlank ? '' : '\n') + block + '\n' };
}

/**
 * The first line of a fenced code block, comment or raw HTML that ends the file unclosed: it
 * takes in whatever is appended after it, so a section inserted at the end would vanish into
 * it (found by fuzzing a template cut off inside a comment). The parser itself says whether a
 * heading after the block would still be one.
 */
function blockLeftOpen(document: LeadDocument): number | undefined {
  const last = document.blocks[document.blocks.length - 1];
  if (last === undefined || (last.kind !== 'code' && last.kind !== 'comment' && last.kind !== 'html')) return undefined;
  const start = last.range.start.line;
  const tail = document.text.slice(document.lines.offsetOfLine(start));
  const probe = parseMarkdownTokens(`${tail}\n\n# probe\n`).tokens;
  return probe.some((token) => token.type === 'heading_open') ? undefined : start;
}
