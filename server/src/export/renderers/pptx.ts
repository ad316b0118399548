import type PptxGenJS from 'pptxgenjs';
import { planDeck, type PlannedSlide } from '../deckPlan';
import type { ExportModel, TableBlock } from '../exportModel';
import { plainText } from '../inlineRuns';
import { repairPptx } from './pptxRepair';
import { fitParagraphs, slideParagraphs, type SlideParagraph } from './pptxText';

/** 16:9 "wide" layout, in inches. */
const WIDTH = 13.333;
const MARGIN = 0.6;
const BODY_TOP = 1.45;
const BODY_BOTTOM = 6.85;
const COLORS = { ink: '1D2330', muted: '5B6475', accent: '2B5FAB', card: 'F4F6F9', rule: 'D8DCE3', white: 'FFFFFF' };
const FONT = 'Calibri';
/** Characters a body text box holds at 18pt before it stops being readable from the back row. */
const TEXT_BUDGET = 900;
/** Room for one table row at 14pt with a wrapped line, in inches. */
const ROW_HEIGHT = 0.55;
const MASTER = 'LEADDOCS_CONTENT';

/** A briefing deck: title slide, one slide per top-level section, asks and risks on their own. */
export async function renderPptx(model: ExportModel): Promise<Uint8Array> {
  const PptxGen = (await import('pptxgenjs')).default;
  const deck = new PptxGen();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = model.title;
  const author = fieldValue(model, 'author');
  if (author !== undefined) deck.author = author;
  deck.defineSlideMaster({
    title: MASTER,
    background: { color: COLORS.white },
    objects: [{ rect: { x: 0, y: 0, w: WIDTH, h: 0.12, fill: { color: COLORS.accent } } }],
    slideNumber: { x: WIDTH - MARGIN - 0.8, y: 7.0, w: 0.8, h: 0.3, fontSize: 10, color: COLORS.muted, align: 'right' },
  });

  titleSlide(deck, model);
  for (const planned of planDeck(model)) contentSlide(deck, planned);
  const output = await deck.write({ outputType: 'uint8array' });
  return repairPptx(output as Uint8Array);
}

function titleSlide(deck: PptxGenJS, model: ExportModel): void {
  const slide = deck.addSlide();
  slide.background = { color: COLORS.accent };
  const type = fieldValue(model, 'type');
  if (type !== undefined) slide.addText(type.toUpperCase(), { x: MARGIN, y: 1.4, w: WIDTH - 2 * MARGIN, h: 0.4, fontFace: FONT, fontSize: 14, color: 'DCE6F5', charSpacing: 2 });
  slide.addText(model.title, { x: MARGIN, y: 1.9, w: WIDTH - 2 * MARGIN, h: 2.2, fontFace: FONT, fontSize: 40, bold: true, color: COLORS.white, valign: 'top', fit: 'shrink' });
  const details = [fieldValue(model, 'author'), fieldValue(model, 'date'), prefixed('Status', fieldValue(model, 'status'))].filter((line): line is string => line !== undefined);
  if (details.length > 0) {
    slide.addText(details.map((line, index) => ({ text: line, options: { breakLine: index < details.length - 1 } })), {
      x: MARGIN,
      y: 4.4,
      w: WIDTH - 2 * MARGIN,
      h: 1.6,
      fontFace: FONT,
      fontSize: 20,
      color: COLORS.white,
      valign: 'top',
    });
  }
}

function contentSlide(deck: PptxGenJS, planned: PlannedSlide): void {
  const slide = deck.addSlide({ masterName: MASTER });
  const emphasis = planned.role === 'asks' || planned.role === 'risks';
  slide.addText(planned.title, { x: MARGIN, y: 0.4, w: WIDTH - 2 * MARGIN, h: 0.8, fontFace: FONT, fontSize: 30, bold: true, color: emphasis ? COLORS.accent : COLORS.ink, valign: 'middle' });
  const { paragraphs, tables } = slideParagraphs(planned.blocks, planned.children);
  const table = tables[0];
  const gap = 0.2;
  // Tables take the height their rows need; text gets the rest of the body, above or below.
  const tableHeight = table === undefined ? 0 : Math.min(tableRowCount(table) * ROW_HEIGHT, BODY_BOTTOM - BODY_TOP - (paragraphs.length > 0 ? 1.2 + gap : 0));
  const textHeight = BODY_BOTTOM - BODY_TOP - tableHeight - (table !== undefined ? gap : 0);
  const tableFirst = planned.blocks[0]?.kind === 'table';
  const tableTop = tableFirst || paragraphs.length === 0 ? BODY_TOP : BODY_TOP + Math.min(textHeight, estimatedTextHeight(paragraphs)) + gap;
  const textTop = tableFirst ? BODY_TOP + tableHeight + gap : BODY_TOP;

  const { shown, truncated } = fitParagraphs(paragraphs, table === undefined ? TEXT_BUDGET : TEXT_BUDGET / 3);
  if (shown.length > 0) {
    slide.addText(shown.flat(), {
      x: MARGIN,
      y: textTop,
      w: WIDTH - 2 * MARGIN,
      h: textHeight,
      fontFace: FONT,
      fontSize: planned.role === 'asks' ? 22 : 18,
      color: COLORS.ink,
      valign: 'top',
      paraSpaceAfter: 6,
      // PowerPoint shrinks the text on open when it overflows the box.
      fit: 'shrink',
    });
  }
  if (table !== undefined) addTable(slide, table, tableTop, tableHeight);
  const notes = planned.notes ?? (truncated || tables.length > 1 ? paragraphs.map((p) => p.map((run) => run.text).join('')).join('\n') : undefined);
  if (notes !== undefined) slide.addNotes(notes);
}

/** Lines at 18pt across the body width, so a table can sit right under short text. */
function estimatedTextHeight(paragraphs: readonly SlideParagraph[]): number {
  const lines = paragraphs.reduce((sum, p) => sum + Math.max(1, Math.ceil(p.reduce((n, run) => n + (run.text?.length ?? 0), 0) / 95)), 0);
  return lines * 0.36 + 0.15;
}

function tableRowCount(table: TableBlock): number {
  return table.rows.length + (table.header.length > 0 ? 1 : 0);
}

function addTable(slide: PptxGenJS.Slide, table: TableBlock, top: number, height: number): void {
  const header: PptxGenJS.TableRow = table.header.map((cell) => ({ text: plainText(cell.inlines), options: { bold: true, fill: { color: COLORS.card }, color: COLORS.ink } }));
  const rows: PptxGenJS.TableRow[] = table.rows.map((row) => row.map((cell) => ({ text: plainText(cell.inlines), options: { align: cell.align ?? 'left' } })));
  slide.addTable(header.length > 0 ? [header, ...rows] : rows, {
    x: MARGIN,
    y: top,
    w: WIDTH - 2 * MARGIN,
    h: height,
    fontFace: FONT,
    // Smaller type for long tables so a risk register still fits on one slide.
    fontSize: tableRowCount(table) > 6 ? 11 : 14,
    color: COLORS.ink,
    border: { type: 'solid', pt: 0.75, color: COLORS.rule },
    valign: 'middle',
  });
}

function fieldValue(model: ExportModel, name: 'type' | 'author' | 'date' | 'status'): string | undefined {
  return model.header.find((field) => field.name === name)?.value;
}

function prefixed(label: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : `${label}: ${value}`;
}
