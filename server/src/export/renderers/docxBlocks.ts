import type * as Docx from 'docx';
import type { ExportBlock, InlineRun, ListBlock, TableBlock } from '../exportModel';

type DocxModule = typeof Docx;
type BodyChild = Docx.Paragraph | Docx.Table;

export const NUMBERED_LIST = 'leaddocs-numbered';
const CODE_FONT = 'Consolas';
const COLORS = { card: 'F4F6F9', rule: 'D8DCE3', muted: '5B6475' };

/** Turns model blocks into docx paragraphs and tables with Word's own list and heading styles. */
export class DocxBlocks {
  /** Each ordered list is its own numbering instance so it counts from 1. */
  private listInstance = 0;

  constructor(private readonly docx: DocxModule) {}

  blocks(blocks: readonly ExportBlock[], depth = 0): BodyChild[] {
    return blocks.flatMap((block) => this.block(block, depth));
  }

  private block(block: ExportBlock, depth: number): BodyChild[] {
    const { Paragraph, BorderStyle } = this.docx;
    switch (block.kind) {
      case 'paragraph':
        return [new Paragraph({ children: this.runs(block.inlines), ...(depth > 0 ? { indent: { left: 360 * depth } } : {}) })];
      case 'list':
        return this.list(block, depth);
      case 'table':
        return [this.table(block), new Paragraph({})];
      case 'code':
        return [
          new Paragraph({
            shading: { type: this.docx.ShadingType.CLEAR, color: 'auto', fill: COLORS.card },
            children: block.text.split('\n').map((line, index) => new this.docx.TextRun({ text: line, font: CODE_FONT, size: 18, ...(index > 0 ? { break: 1 } : {}) })),
          }),
        ];
      case 'quote':
        return block.blocks.flatMap((inner) =>
          inner.kind === 'paragraph'
            ? [
                new Paragraph({
                  children: this.runs(inner.inlines.map((run) => ({ ...run, italic: true }))),
                  indent: { left: 360 * (depth + 1) },
                  border: { left: { style: BorderStyle.SINGLE, size: 12, color: COLORS.rule, space: 8 } },
                }),
              ]
            : this.blocks([inner], depth + 1),
        );
      case 'rule':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLORS.rule, space: 1 } } })];
    }
  }

  private list(list: ListBlock, depth: number): BodyChild[] {
    const instance = list.ordered ? ++this.listInstance : 0;
    return list.items.flatMap((item) => {
      const task = item.checked === undefined ? [] : [{ text: item.checked ? '\u2611 ' : '\u2610 ' }];
      const paragraph = new this.docx.Paragraph({
        children: this.runs([...task, ...item.inlines]),
        ...(list.ordered ? { numbering: { reference: NUMBERED_LIST, level: Math.min(depth, 8), instance } } : { bullet: { level: Math.min(depth, 8) } }),
      });
      return [paragraph, ...this.blocks(item.blocks, depth + 1)];
    });
  }

  private table(table: TableBlock): Docx.Table {
    const { Table, TableRow, TableCell, Paragraph, WidthType, ShadingType } = this.docx;
    const columns = Math.max(table.header.length, ...table.rows.map((row) => row.length), 1);
    const row = (cells: TableBlock['header'], header: boolean): Docx.TableRow =>
      new TableRow({
        tableHeader: header,
        children: Array.from({ length: columns }, (_, index) => {
          const cell = cells[index];
          const runs = cell === undefined ? [] : header ? cell.inlines.map((run) => ({ ...run, bold: true })) : cell.inlines;
          return new TableCell({
            children: [new Paragraph({ children: this.runs(runs), ...(cell?.align !== undefined ? { alignment: cell.align === 'center' ? 'center' : cell.align === 'right' ? 'right' : 'left' } : {}) })],
            ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.card } } : {}),
            margins: { top: 60, bottom: 60, left: 100, right: 100 },
          });
        }),
      });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [...(table.header.length > 0 ? [row(table.header, true)] : []), ...table.rows.map((cells) => row(cells, false))],
    });
  }

  runs(runs: readonly InlineRun[]): Docx.ParagraphChild[] {
    const { TextRun, ExternalHyperlink } = this.docx;
    return runs.flatMap((run): Docx.ParagraphChild[] => {
      // Word needs an explicit break element where markdown had a hard line break.
      const textRuns = run.text.split('\n').map(
        (text, index) =>
          new TextRun({
            text,
            ...(index > 0 ? { break: 1 } : {}),
            ...(run.bold === true ? { bold: true } : {}),
            ...(run.italic === true ? { italics: true } : {}),
            ...(run.strike === true ? { strike: true } : {}),
            ...(run.code === true ? { font: CODE_FONT } : {}),
            ...(run.href !== undefined ? { style: 'Hyperlink' } : {}),
          }),
      );
      return run.href !== undefined ? [new ExternalHyperlink({ link: run.href, children: textRuns })] : textRuns;
    });
  }
}
