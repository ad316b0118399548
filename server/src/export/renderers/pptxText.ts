import type PptxGenJS from 'pptxgenjs';
import type { ExportBlock, ExportSection, InlineRun, TableBlock } from '../exportModel';
import { plainText } from '../inlineRuns';

type TextProps = PptxGenJS.TextProps;
type TextOptions = NonNullable<TextProps['options']>;

/** One paragraph of a text box: pptxgenjs ends a paragraph at a run with `breakLine`. */
export type SlideParagraph = TextProps[];

const CODE_FONT = 'Consolas';

/**
 * Slide text from blocks. Tables are returned apart because a text box cannot hold one;
 * the slide lays out the first and reads any later ones as lines.
 */
export function slideParagraphs(blocks: readonly ExportBlock[], children: readonly ExportSection[]): { paragraphs: SlideParagraph[]; tables: TableBlock[] } {
  const paragraphs: SlideParagraph[] = [];
  const tables: TableBlock[] = [];
  const visit = (items: readonly ExportBlock[], depth: number): void => {
    for (const block of items) {
      switch (block.kind) {
        case 'paragraph':
          paragraphs.push(paragraph(block.inlines, { indentLevel: depth }));
          break;
        case 'list':
          block.items.forEach((item) => {
            const task = item.checked === undefined ? [] : [{ text: item.checked ? '\u2611 ' : '\u2610 ' }];
            const bullet: TextOptions['bullet'] = item.checked !== undefined ? false : block.ordered ? { type: 'number', numberStartAt: block.start } : true;
            paragraphs.push(paragraph([...task, ...item.inlines], { bullet, indentLevel: depth }));
            visit(item.blocks, depth + 1);
          });
          break;
        case 'table':
          if (tables.length === 0) tables.push(block);
          else for (const row of block.rows) paragraphs.push(paragraph([{ text: row.map((cell) => plainText(cell.inlines)).join(' | ') }], { indentLevel: depth }));
          break;
        case 'code':
          paragraphs.push(paragraph([{ text: block.text, code: true }], { indentLevel: depth }));
          break;
        case 'quote':
          paragraphs.push(...slideParagraphs(block.blocks, []).paragraphs.map((p) => p.map((run) => ({ ...run, options: { ...run.options, italic: true } }))));
          break;
        case 'rule':
          break;
      }
    }
  };
  visit(blocks, 0);
  for (const child of children) {
    paragraphs.push(paragraph([{ text: child.title, bold: true }], {}));
    const nested = slideParagraphs(child.blocks, child.children);
    paragraphs.push(...nested.paragraphs);
    tables.push(...nested.tables);
  }
  return { paragraphs, tables };
}

/** Keeps whole paragraphs up to a character budget; the rest goes to the speaker notes. */
export function fitParagraphs(paragraphs: readonly SlideParagraph[], budget: number): { shown: SlideParagraph[]; truncated: boolean } {
  const shown: SlideParagraph[] = [];
  let used = 0;
  for (const p of paragraphs) {
    const length = p.reduce((sum, run) => sum + (run.text?.length ?? 0), 0);
    if (shown.length > 0 && used + length > budget) {
      shown.push(paragraph([{ text: '\u2026 (continued in the speaker notes)', italic: true }], {}));
      return { shown, truncated: true };
    }
    shown.push(p);
    used += length;
  }
  return { shown, truncated: false };
}

export function paragraph(runs: readonly InlineRun[], shape: Pick<TextOptions, 'bullet' | 'indentLevel'>): SlideParagraph {
  const props = runs.map((run, index): TextProps => ({
    text: run.text,
    options: {
      ...(run.bold === true ? { bold: true } : {}),
      ...(run.italic === true ? { italic: true } : {}),
      ...(run.strike === true ? { strike: 'sngStrike' as const } : {}),
      ...(run.code === true ? { fontFace: CODE_FONT } : {}),
      ...(run.href !== undefined ? { hyperlink: { url: run.href } } : {}),
      // pptxgenjs opens a new paragraph at every run carrying paragraph settings: first run only.
      ...(index === 0 && shape.bullet !== undefined ? { bullet: shape.bullet } : {}),
      ...(index === 0 && shape.indentLevel !== undefined && shape.indentLevel > 0 ? { indentLevel: shape.indentLevel } : {}),
      breakLine: index === runs.length - 1,
    },
  }));
  return props.length > 0 ? props : [{ text: ' ', options: { breakLine: true } }];
}
