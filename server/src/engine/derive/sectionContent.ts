import type { Block, Section } from '../model/blocks';

const PLACEHOLDER_ONLY = /^(\s*\{[^{}]*\}\s*[.,;:]?)+$/;

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
  return !PLACEHOLDER_ONLY.test(text);
}

export function hasContent(section: Section): boolean {
  return blocksWithin(section).some(isMeaningful) || section.children.some((child) => child.heading.text.trim() !== '' && !PLACEHOLDER_ONLY.test(child.heading.text));
}

export function sectionText(section: Section): string {
  return blocksWithin(section)
    .filter((block) => block.kind !== 'comment')
    .map((block) => block.text)
    .join('\n');
}

/** Items of a section: top-level list items and table body rows. */
export function itemsOf(section: Section): Block[] {
  const items = section.blocks.filter((block) => (block.kind === 'listItem' && block.depth === 0) || (block.kind === 'tableRow' && block.header !== true));
  return items;
}

/** The text of an item including its nested list items, so an owner written in a sub-bullet counts. */
export function itemTexts(section: Section): string[] {
  const texts: string[] = [];
  for (const block of section.blocks) {
    if (block.kind === 'tableRow' && block.header !== true) texts.push(block.text);
    else if (block.kind === 'listItem' && block.depth === 0) texts.push(block.text);
    else if ((block.kind === 'listItem' || block.kind === 'paragraph') && texts.length > 0 && block.depth > 0) texts[texts.length - 1] += '\n' + block.text;
  }
  return texts;
}
