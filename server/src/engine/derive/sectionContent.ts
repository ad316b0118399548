import type { Block, Section } from '../model/blocks';
import { isPlaceholderText, withoutTemplateText } from '../model/placeholders';
import type { LeadDocument } from '../model/leadDocument';

// Linear: the earlier nested-quantifier form backtracked exponentially on a line of placeholders.
const PLACEHOLDER_ONLY = /^\s*(?:\{[^{}]*\}[\s.,;:]*)+$/;

/** Blocks of a section and of every section nested under it, in order. */
export function blocksWithin(section: Section): Block[] {
  const blocks = [...section.blocks];
  for (const child of section.children) blocks.push(...blocksWithin(child));
  return blocks;
}

/** A block an author actually wrote: not a comment prompt, not a bare `{placeholder}`. */
export function isMeaningful(block: Block): boolean {
  if (block.kind === 'comment') return false;
  const text = block.text.trim();
  if (text === '') return block.kind === 'code' || block.kind === 'html';
  return !PLACEHOLDER_ONLY.test(text) && !isPlaceholderText(text) && withoutTemplateText(text).trim() !== '';
}

/** True when an author wrote something in the section; empty sub-headings are not content. */
export function hasContent(section: Section): boolean {
  return section.blocks.some(isMeaningful) || section.children.some(hasContent);
}

/**
 * The markdown an author wrote in a section (sub-sections included), comments and `{…}`
 * template text removed. Patterns run on source, not rendered text, so links, `@owner` and
 * URLs stay visible to them.
 */
export function sectionText(section: Section, document: LeadDocument): string {
  return authoredText(sourceOfLines(document, section.contentStartLine, section.endLine));
}

/** Items of a section: top-level list items and table body rows. */
export function itemsOf(section: Section): Block[] {
  return section.blocks.filter((block) => ((block.kind === 'listItem' && block.depth === 0) || (block.kind === 'tableRow' && block.header !== true)) && isMeaningful(block));
}

/**
 * The source of each item, nested bullets included, so an owner written in a sub-bullet counts.
 * A table row reads as `Header: cell | Header: cell`, so "Owner: Ana" is found in an Owner
 * column and not guessed from any capitalised cell.
 */
export function itemTexts(section: Section, document: LeadDocument): string[] {
  // A loop into a literal, not `map`: an empty `map` result is an array of another kind, which
  // sent the compiled checklist code back to be compiled again on a section without items.
  const texts: string[] = [];
  for (const item of itemsOf(section)) {
    if (item.kind === 'tableRow' && item.sourceCells !== undefined) {
      const headers = item.headerCells ?? [];
      texts.push(withoutTemplateText(item.sourceCells.map((cell, i) => (headers[i] ? `${headers[i]}: ${cell}` : cell)).join(' | ')));
    } else texts.push(authoredText(sourceOfLines(document, item.range.start.line, item.range.end.line + 1)));
  }
  return texts;
}

/** The whole body as an author wrote it. */
export function bodyText(document: LeadDocument): string {
  return authoredText(sourceOfLines(document, document.bodyStartLine, document.lines.lineCount));
}

function sourceOfLines(document: LeadDocument, startLine: number, endLine: number): string {
  return document.text.slice(document.lines.offsetOfLine(startLine), document.lines.offsetOfLine(endLine));
}

function authoredText(source: string): string {
  return withoutTemplateText(source);
}
