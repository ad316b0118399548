import type PptxGenJS from 'pptxgenjs';
import { planDeck, type PlannedSlide } from '../deckPlan';
import type { ExportModel, TableBlock } from '../exportModel';
import { plainText } from '../inlineRuns';
import { repairPptx } from './pptxRepair';
import { fitParagraphs, slideParagraphs, type SlideParagraph } from './pptxText';
import { xmlSafeModel } from './xmlSafeText';

/** 16:9 "wide" layout, in inches. */
const WIDTH = 13.333;
const MARGIN = 0.6;
const BODY_TOP = 1.45;
const BODY_BOTTOM = 6.85;
const COLORS = { ink: '1D2330', muted: '5B6475', accent: '2B5FAB', card: 'F4F6F9', rule: 'D8DCE3', white: 'FFFFFF' };
const FONT = 'Calibri';
/** Characters a body text box holds at 18pt before it stops being readable from the back row. */
const TEXT_BUDGET = 900;
/** Room for one table row at TABLE_FONT_SIZE with a wrapped line, in inches. */
const ROW_HEIGHT = 0.5;
const TABLE_FONT_SIZE = 12;
/** Most of the body that text may take on a slide that also holds a table. */
const TEXT_BESIDE_TABLE = 2.2;
const GAP = 0.2;
const MASTER = 'LEADDOCS_CONTENT';

/** A briefing deck: title slide, one slide per top-level section, asks and risks on their own. */
export async function renderPptx(source: ExportModel): Promise<Uint8Array> {
  const model = xmlSafeModel(source);
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
  const slide = addTitledSlide(deck, planned.title, planned.role === 'asks' || planned.role === 'risks');
  const { paragraphs, tables } = slideParagraphs(planned.blocks, planned.children);
  const table = tables[0];
  const { shown, truncated } = fitParagraphs(paragraphs, table === undefined ? TEXT_BUDGET : TEXT_BUDGET / 3);
  const textOptions = { x: MARGIN, w: WIDTH - 2 * MARGIN, fontFace: FONT, fontSize: planned.role === 'asks' ? 22 : 18, color: COLORS.ink, valign: 'top' as const, paraSpaceAfter: 6, fit: 'shrink' as const };

  if (table === undefined) {
    if (shown.length > 0) slide.addText(shown.flat(), { ...textOptions, y: BODY_TOP, h: BODY_BOTTOM - BODY_TOP });
  } else {
    // Text and table share the slide: the text gets what it needs (up to a cap), the table
    // the rest, and rows that do not fit continue on slides of their own.
    const textHeight = shown.length === 0 ? 0 : Math.min(estimatedTextHeight(shown), TEXT_BESIDE_TABLE);
    const tableSpace = BODY_BOTTOM - BODY_TOP - (textHeight > 0 ? textHeight + GAP : 0);
    const [firstRows, ...moreRows] = chunkRows(table.rows, rowsThatFit(tableSpace, table), rowsThatFit(BODY_BOTTOM - BODY_TOP, table));
    const tableFirst = planned.blocks[0]?.kind === 'table';
    const tableTop = tableFirst || textHeight === 0 ? BODY_TOP : BODY_TOP + textHeight + GAP;
    addTable(slide, { ...table, rows: firstRows ?? [] }, tableTop);
    if (shown.length > 0) {
      const textTop = tableFirst ? BODY_TOP + tableRowCount({ ...table, rows: firstRows ?? [] }) * ROW_HEIGHT + GAP : BODY_TOP;
      slide.addText(shown.flat(), { ...textOptions, y: textTop, h: textHeight });
    }
    for (const rows of moreRows) addTable(addTitledSlide(deck, `${planned.title} (continued)`, false), { ...table, rows }, BODY_TOP);
  }
  const notes = planned.notes ?? (truncated || tables.length > 1 ? paragraphs.map((p) => p.map((run) => run.text).join('')).join('\n') : undefined);
  if (notes !== undefined) slide.addNotes(notes);
}

function addTitledSlide(deck: PptxGenJS, title: string, emphasis: boolean): PptxGenJS.Slide {
  const slide = deck.addSlide({ masterName: MASTER });
  slide.addText(title, { x: MARGIN, y: 0.4, w: WIDTH - 2 * MARGIN, h: 0.8, fontFace: FONT, fontSize: 30, bold: true, color: emphasis ? COLORS.accent : COLORS.ink, valign: 'middle' });
  return slide;
}

/** Lines at 18pt across the body width, so a table can sit right under short text. */
function estimatedTextHeight(paragraphs: readonly SlideParagraph[]): number {
  const lines = paragraphs.reduce((sum, p) => sum + Math.max(1, Math.ceil(p.reduce((n, run) => n + (run.text?.length ?? 0), 0) / 95)), 0);
  return lines * 0.36 + 0.15;
}

function rowsThatFit(height: number, table: TableBlock): number {
  return Math.max(2, Math.floor(height / ROW_HEIGHT) - (table.header.length > 0 ? 1 : 0));
}

function chunkRows<T>(rows: readonly T[], first: number, rest: number): T[][] {
  const chunks = [rows.slice(0, first)];
  for (let start = first; start < rows.length; start += rest) chunks.push(rows.slice(start, start + rest));
  return chunks;
}

function tableRowCount(table: TableBlock): number {
  return table.rows.length + (table.header.length > 0 ? 1 : 0);
}

/** Rows are split by chunkRows, not by pptxgenjs's autoPage, whose row estimate lets rows fall off the slide. */
function addTable(slide: PptxGenJS.Slide, table: TableBlock, top: number): void {
  const header: PptxGenJS.TableRow = table.header.map((cell) => ({ text: plainText(cell.inlines), options: { bold: true, fill: { color: COLORS.card }, color: COLORS.ink } }));
  const rows: PptxGenJS.TableRow[] = table.rows.map((row) => row.map((cell) => ({ text: plainText(cell.inlines), options: { align: cell.align ?? 'left' } })));
  slide.addTable(header.length > 0 ? [header, ...rows] : rows, {
    x: MARGIN,
    y: top,
    w: WIDTH - 2 * MARGIN,
    rowH: ROW_HEIGHT,
    fontFace: FONT,
    fontSize: TABLE_FONT_SIZE,
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
