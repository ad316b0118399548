import type { ExportBlock, ExportSection, InlineRun, ListBlock, TableBlock } from '../exportModel';
import { plainText } from '../inlineRuns';
import type { PdfTextEncoder } from './pdfText';

/** Colours and sizes in one place so the PDF reads like the HTML export. */
export const PDF_THEME = { ink: '#1d2330', muted: '#5b6475', accent: '#2b5fab', card: '#f4f6f9', rule: '#d8dce3', body: 10.5, small: 8.5 };
const INDENT = 16;
const HEADING_SIZES: Record<number, number> = { 1: 20, 2: 15, 3: 12.5 };

/** Draws the model's blocks onto a pdfkit document; the caller owns the document's life. */
export class PdfWriter {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly encoder: PdfTextEncoder,
  ) {}

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  section(section: ExportSection): void {
    this.heading(section.title, section.level);
    this.blocks(section.blocks, 0);
    for (const child of section.children) this.section(child);
  }

  heading(text: string, level: number): void {
    const size = HEADING_SIZES[level] ?? 11;
    // A heading alone at the foot of a page reads as a mistake; start it on the next one.
    if (this.doc.y + size * 4 > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
    this.doc.moveDown(level <= 2 ? 0.8 : 0.5);
    this.doc.font('Helvetica-Bold').fontSize(size).fillColor(level <= 2 ? PDF_THEME.accent : PDF_THEME.ink);
    this.doc.text(this.encoder.text(text), this.left, this.doc.y, { width: this.contentWidth });
    if (level <= 2) {
      const y = this.doc.y + 2;
      this.doc.moveTo(this.left, y).lineTo(this.left + this.contentWidth, y).lineWidth(0.5).strokeColor(PDF_THEME.rule).stroke();
    }
    this.doc.moveDown(0.4);
  }

  blocks(blocks: readonly ExportBlock[], indent: number): void {
    for (const block of blocks) this.block(block, indent);
  }

  private block(block: ExportBlock, indent: number): void {
    switch (block.kind) {
      case 'paragraph':
        this.runs(block.inlines, indent);
        this.doc.moveDown(0.5);
        break;
      case 'list':
        this.list(block, indent);
        this.doc.moveDown(0.3);
        break;
      case 'table':
        this.table(block, indent);
        break;
      case 'code':
        this.code(block.text, indent);
        break;
      case 'quote': {
        const top = this.doc.y;
        this.doc.fillColor(PDF_THEME.muted);
        this.blocks(block.blocks, indent + INDENT);
        this.doc.moveTo(this.left + indent + 4, top).lineTo(this.left + indent + 4, this.doc.y - 4).lineWidth(2).strokeColor(PDF_THEME.rule).stroke();
        break;
      }
      case 'rule': {
        const y = this.doc.y + 4;
        this.doc.moveTo(this.left, y).lineTo(this.left + this.contentWidth, y).lineWidth(0.5).strokeColor(PDF_THEME.rule).stroke();
        this.doc.moveDown(0.8);
        break;
      }
    }
  }

  /** Runs of one paragraph as a single flow of text with font changes and live links. */
  runs(runs: readonly InlineRun[], indent: number, y = this.doc.y): void {
    const width = this.contentWidth - indent;
    if (runs.length === 0) {
      this.doc.font('Helvetica').fontSize(PDF_THEME.body).text(' ', this.left + indent, y, { width });
      return;
    }
    runs.forEach((run, index) => {
      this.doc.font(fontFor(run)).fontSize(run.code ? PDF_THEME.body - 1 : PDF_THEME.body).fillColor(run.href !== undefined ? PDF_THEME.accent : PDF_THEME.ink);
      const options: PDFKit.Mixins.TextOptions = {
        continued: index < runs.length - 1,
        // Explicit nulls: pdfkit carries options of a continued run into the next one.
        link: run.href ?? null,
        underline: run.href !== undefined,
        strike: run.strike === true,
        lineGap: 1.5,
      };
      const text = this.encoder.text(run.text);
      if (index === 0) this.doc.text(text, this.left + indent, y, { ...options, width });
      else this.doc.text(text, options);
    });
  }

  private list(list: ListBlock, indent: number): void {
    list.items.forEach((item, index) => {
      const marker = item.checked !== undefined ? (item.checked ? '[x]' : '[ ]') : list.ordered ? `${list.start + index}.` : '\u2022';
      if (this.doc.y + 20 > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
      const y = this.doc.y;
      const markerWidth = item.checked !== undefined ? 20 : INDENT;
      this.doc.font('Helvetica').fontSize(PDF_THEME.body).fillColor(PDF_THEME.ink).text(marker, this.left + indent, y, { width: markerWidth, lineBreak: false });
      this.runs(item.inlines, indent + markerWidth, y);
      this.doc.moveDown(0.15);
      this.blocks(item.blocks, indent + markerWidth);
    });
  }

  private table(table: TableBlock, indent: number): void {
    const header = table.header.map((cell) => ({ text: this.encoder.text(plainText(cell.inlines)), type: 'TH' as const, font: { src: 'Helvetica-Bold' }, backgroundColor: PDF_THEME.card }));
    const rows = table.rows.map((row) => row.map((cell) => ({ text: this.encoder.text(plainText(cell.inlines)), align: { x: cell.align ?? 'left' } })));
    this.doc.font('Helvetica').fontSize(PDF_THEME.body - 1).fillColor(PDF_THEME.ink);
    this.doc.table({
      position: { x: this.left + indent, y: this.doc.y },
      maxWidth: this.contentWidth - indent,
      defaultStyle: { border: 0.5, borderColor: PDF_THEME.rule, padding: [3, 5, 3, 5] },
      data: [header, ...rows],
    });
    this.doc.x = this.left;
    this.doc.moveDown(0.6);
  }

  private code(source: string, indent: number): void {
    const text = this.encoder.text(source);
    const x = this.left + indent;
    const width = this.contentWidth - indent;
    this.doc.font('Courier').fontSize(PDF_THEME.body - 1.5);
    const height = this.doc.heightOfString(text, { width: width - 12 });
    const fitsOnPage = this.doc.y + height + 8 < this.doc.page.height - this.doc.page.margins.bottom;
    if (fitsOnPage) this.doc.rect(x, this.doc.y, width, height + 8).fill(PDF_THEME.card);
    this.doc.fillColor(PDF_THEME.ink).text(text, x + 6, this.doc.y + 4, { width: width - 12 });
    this.doc.x = this.left;
    this.doc.moveDown(0.8);
  }
}

function fontFor(run: InlineRun): string {
  if (run.code) return run.bold ? 'Courier-Bold' : 'Courier';
  if (run.bold && run.italic) return 'Helvetica-BoldOblique';
  if (run.bold) return 'Helvetica-Bold';
  if (run.italic) return 'Helvetica-Oblique';
  return 'Helvetica';
}
