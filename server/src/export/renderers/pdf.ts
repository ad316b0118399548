import type { ExportModel } from '../exportModel';
import { PDF_THEME, PdfWriter } from './pdfBlocks';
import { PdfTextEncoder } from './pdfText';

const MARGIN = { top: 56, bottom: 64, left: 60, right: 60 };

/** A4 PDF with pdfkit's standard fonts: no browser, no font files beyond pdfkit's own metrics. */
export async function renderPdf(model: ExportModel, warn: (warning: string) => void = () => undefined): Promise<Uint8Array> {
  const PDFDocument = (await import('pdfkit')).default;
  const author = model.header.find((field) => field.name === 'author')?.value;
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    // Pages stay in memory until the end so the footer can say "of N".
    bufferPages: true,
    info: { Title: model.title, Creator: 'Leaddocs', ...(author !== undefined ? { Author: author } : {}) },
    displayTitle: true,
    lang: 'en',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const encoder = new PdfTextEncoder();
  const writer = new PdfWriter(doc, encoder);
  titleBlock(doc, model, encoder);
  writer.blocks(model.lead, 0);
  for (const section of model.sections) writer.section(section);
  pageNumbers(doc, encoder.text(model.title));
  doc.end();
  await finished;
  if (encoder.unrepresentable.size > 0) {
    const shown = [...encoder.unrepresentable].slice(0, 12).join(' ');
    warn(`The PDF's standard fonts cannot show ${encoder.unrepresentable.size} character(s): ${shown}. They were dropped (emoji) or printed as "?"; the HTML and Word exports keep them.`);
  }
  const buffer = Buffer.concat(chunks);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Title and the front matter card, drawn after measuring so the box sits behind the text. */
function titleBlock(doc: PDFKit.PDFDocument, model: ExportModel, encoder: PdfTextEncoder): void {
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  doc.font('Helvetica-Bold').fontSize(20).fillColor(PDF_THEME.ink).text(encoder.text(model.title), MARGIN.left, doc.y, { width });
  doc.moveDown(0.5);
  if (model.header.length === 0) return;
  const lines = model.header.map((field) => ({ label: `${field.label}: `, value: encoder.text(field.value) }));
  doc.fontSize(PDF_THEME.body - 0.5);
  const inner = width - 20;
  const height = lines.reduce((sum, line) => sum + doc.font('Helvetica').heightOfString(line.label + line.value, { width: inner }) + 2, 0) + 14;
  const top = doc.y;
  doc.rect(MARGIN.left, top, width, height).fill(PDF_THEME.card);
  doc.rect(MARGIN.left, top, 3, height).fill(PDF_THEME.accent);
  doc.y = top + 7;
  for (const line of lines) {
    doc.font('Helvetica-Bold').fillColor(PDF_THEME.muted).text(line.label, MARGIN.left + 12, doc.y, { width: inner, continued: true });
    doc.font('Helvetica').fillColor(PDF_THEME.ink).text(line.value, { continued: false });
    doc.y += 2;
  }
  doc.y = top + height + 6;
  doc.x = MARGIN.left;
}

/** "Page n of N" in every footer; the bottom margin is lifted so writing there adds no page. */
function pageNumbers(doc: PDFKit.PDFDocument, title: string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - bottom + 24;
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    doc.font('Helvetica').fontSize(PDF_THEME.small).fillColor(PDF_THEME.muted);
    doc.text(title, MARGIN.left, y, { width: width * 0.7, lineBreak: false, ellipsis: true, height: 12 });
    doc.text(`Page ${index - range.start + 1} of ${range.count}`, MARGIN.left, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
