import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONFIDENTIAL_WORDS, exportBrief, xmlText, zipParts } from './exportTestSupport';

const documentXml = async (): Promise<string> => (await zipParts((await exportBrief('docx')).bytes, /^word\/document\.xml$/)).get('word/document.xml') ?? '';

/** Paragraphs with their style id and visible text. */
function paragraphs(xml: string): { style: string | undefined; text: string; numbered: boolean }[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, body = '']) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1],
    text: xmlText(body),
    numbered: body.includes('<w:numPr>'),
  }));
}

describe('DOCX export', () => {
  it('uses Word title and heading styles for the title and the sections', async () => {
    const paras = paragraphs(await documentXml());
    assert.deepEqual(paras.find((p) => p.style === 'Title')?.text, 'Move customer billing to the shared payments platform');
    assert.deepEqual(
      paras.filter((p) => p.style === 'Heading1').map((p) => p.text),
      ['Bottom line', 'Business impact', 'Risks', 'Asks', 'Action items', 'Appendix: reconciliation approach'],
    );
  });

  it('keeps lists as Word lists, nested ones one level down', async () => {
    const xml = await documentXml();
    const paras = paragraphs(xml);
    const ask = paras.find((p) => p.text.startsWith('Approve the $1.2M budget'));
    assert.ok(ask?.numbered, 'an ordered list item is numbered');
    assert.ok(paras.find((p) => p.text.startsWith('Revenue protection:'))?.numbered, 'a bullet item is in a list');
    assert.match(xml, /<w:ilvl w:val="1"\/>[\s\S]*?Licences: \$260K/);
  });

  it('keeps tables with a header row', async () => {
    const xml = await documentXml();
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, body = '']) => body);
    assert.equal(tables.length, 2);
    assert.match(tables[0] ?? '', /<w:tblHeader\/>/);
    const risk = xmlText(tables[0] ?? '');
    for (const cell of ['Risk', 'Likelihood', 'Impact', 'Mitigation', 'Data migration corrupts historic invoices', 'Medium']) assert.ok(risk.includes(cell), cell);
  });

  it('keeps links, front matter facts and page numbers', async () => {
    const parts = await zipParts((await exportBrief('docx')).bytes, /^word\/(document\.xml|footer\d*\.xml|_rels\/document\.xml\.rels)$/);
    assert.match(parts.get('word/_rels/document.xml.rels') ?? '', /Target="https:\/\/wiki\.example\.com\/billing\/migration" TargetMode="External"/);
    const text = xmlText(parts.get('word/document.xml') ?? '');
    assert.match(text, /Status:\s+proposed/);
    const footer = [...parts.entries()].find(([name]) => name.startsWith('word/footer'))?.[1] ?? '';
    assert.match(footer, /PAGE/);
    assert.match(footer, /NUMPAGES/);
  });

  it('leaves out confidential sections', async () => {
    const parts = await zipParts((await exportBrief('docx')).bytes, /\.xml$/);
    const text = [...parts.values()].join('\n');
    for (const word of CONFIDENTIAL_WORDS) assert.ok(!text.includes(word), word);
  });
});
