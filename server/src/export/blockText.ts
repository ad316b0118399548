import type { ExportBlock, ExportSection } from './exportModel';
import { plainText } from './inlineRuns';

/** Blocks as plain lines: what a speaker reads from the notes, and what tests search. */
export function blocksText(blocks: readonly ExportBlock[], depth = 0): string[] {
  const pad = '  '.repeat(depth);
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case 'paragraph':
        return [pad + plainText(block.inlines)];
      case 'list':
        return block.items.flatMap((item, index) => [
          `${pad}${block.ordered ? `${block.start + index}.` : '-'} ${item.checked === undefined ? '' : item.checked ? '[x] ' : '[ ] '}${plainText(item.inlines)}`,
          ...blocksText(item.blocks, depth + 1),
        ]);
      case 'table':
        return [block.header, ...block.rows].filter((row) => row.length > 0).map((row) => pad + row.map((cell) => plainText(cell.inlines)).join(' | '));
      case 'code':
        return block.text.split('\n').map((line) => pad + line);
      case 'quote':
        return blocksText(block.blocks, depth).map((line) => `> ${line}`);
      case 'rule':
        return [];
    }
  });
}

/** A section and everything under it, sub-headings included. */
export function sectionText(section: ExportSection): string {
  return [...blocksText(section.blocks), ...section.children.flatMap((child) => [child.title, sectionText(child)])].filter((line) => line.trim() !== '').join('\n');
}
