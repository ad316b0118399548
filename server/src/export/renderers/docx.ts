import type * as Docx from 'docx';
import type { ExportModel, ExportSection } from '../exportModel';
import { DocxBlocks, NUMBERED_LIST } from './docxBlocks';
import { xmlSafeModel } from './xmlSafeText';

type DocxModule = typeof Docx;

/** A Word document using Word's built-in Title, Heading and List styles, so it restyles cleanly. */
export async function renderDocx(source: ExportModel): Promise<Uint8Array> {
  const model = xmlSafeModel(source);
  const docx = await import('docx');
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, Footer, AlignmentType, PageNumber, LevelFormat } = docx;
  const blocks = new DocxBlocks(docx);
  const topLevel = Math.min(...model.sections.map((section) => section.level), 6);
  const body = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    ...model.header.map(
      (field) =>
        new Paragraph({
          shading: { type: docx.ShadingType.CLEAR, color: 'auto', fill: 'F4F6F9' },
          children: [new TextRun({ text: `${field.label}: `, bold: true, color: '5B6475' }), new TextRun(field.value)],
        }),
    ),
    new Paragraph({}),
    ...blocks.blocks(model.lead),
    ...model.sections.flatMap((section) => sectionChildren(docx, blocks, section, topLevel)),
  ];
  const document = new Document({
    creator: 'Leaddocs',
    title: model.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: NUMBERED_LIST,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: '5B6475' })] })],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const HEADINGS = ['HEADING_1', 'HEADING_2', 'HEADING_3', 'HEADING_4', 'HEADING_5', 'HEADING_6'] as const;

/** Top-level sections become Heading 1 whatever level the markdown used. */
function sectionChildren(docx: DocxModule, blocks: DocxBlocks, section: ExportSection, topLevel: number): (Docx.Paragraph | Docx.Table)[] {
  const style = HEADINGS[Math.min(Math.max(section.level - topLevel, 0), HEADINGS.length - 1)] ?? 'HEADING_6';
  return [
    new docx.Paragraph({ heading: docx.HeadingLevel[style], children: [new docx.TextRun(section.title)] }),
    ...blocks.blocks(section.blocks),
    ...section.children.flatMap((child) => sectionChildren(docx, blocks, child, topLevel)),
  ];
}
