import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildExportModel } from '../../server/src/export/buildExportModel';
import { planDeck } from '../../server/src/export/deckPlan';
import { repairSlideXml } from '../../server/src/export/renderers/pptxRepair';
import { exportDocument } from '../../server/src/export/index';
import { CONFIDENTIAL_WORDS, exportBrief, xmlText, zipParts, exportable } from './exportTestSupport';

const slidesOf = async () => zipParts((await exportBrief('pptx')).bytes, /^ppt\/slides\/slide\d+\.xml$/);

describe('PPTX export', () => {
  it('opens with a title slide: title, author, date, status', async () => {
    const first = xmlText([...(await slidesOf()).values()][0] ?? '');
    for (const expected of ['Move customer billing to the shared payments platform', 'Priya Raman (Director, Platform Engineering)', '2026-11-20', 'Status: proposed']) {
      assert.ok(first.includes(expected), expected);
    }
  });

  it('has one slide per top-level section, in order, with its text and tables', async () => {
    const texts = [...(await slidesOf()).values()].map(xmlText);
    assert.equal(texts.length, 1 + 6);
    const titles = ['Bottom line', 'Business impact', 'Risks', 'Asks', 'Action items', 'Appendix: reconciliation approach'];
    titles.forEach((title, index) => assert.ok(texts[index + 1]?.startsWith(title), `slide ${index + 2} is "${title}"`));
    assert.ok(texts[2]?.includes('Licences: $260K'));
    assert.ok(texts[3]?.includes('Likelihood') && texts[3].includes('Ring-fence the two new hires'));
    assert.ok(texts[4]?.includes('Approve two engineering hires'));
  });

  it('puts asks and risks on slides of their own even when nested under another section', () => {
    const text = ['# T', '## Recommendation', 'Go.', '### Decisions needed', '- Approve', '### Key risks', '- Slip', '### Timing', 'Q1'].join('\n');
    const slides = planDeck(buildExportModel(exportable(text)).model);
    assert.deepEqual(
      slides.map((slide) => [slide.role, slide.title]),
      [
        ['section', 'Recommendation'],
        ['asks', 'Decisions needed'],
        ['risks', 'Key risks'],
      ],
    );
    assert.deepEqual(slides[0]?.children.map((child) => child.title), ['Timing']);
  });

  it('writes speaker notes from a long section\'s text', async () => {
    const notes = await zipParts((await exportBrief('pptx')).bytes, /^ppt\/notesSlides\/notesSlide\d+\.xml$/);
    const all = [...notes.values()].map(xmlText).join('\n');
    assert.ok(all.includes('We ask for approval to migrate customer billing'), 'the bottom line is long enough to need notes');
  });

  it('leaves out confidential sections from slides and notes', async () => {
    const parts = await zipParts((await exportBrief('pptx')).bytes, /\.xml$/);
    const text = [...parts.values()].join('\n');
    for (const word of CONFIDENTIAL_WORDS) assert.ok(!text.includes(word), word);
  });

  it('writes schema-valid paragraphs, backgrounds and shapes (PowerPoint would offer to repair them)', async () => {
    const parts = await zipParts((await exportBrief('pptx')).bytes, /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/);
    for (const [name, xml] of parts) {
      for (const [, body] of xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        const first = (body ?? '').search(/<a:(r|br|fld)\b/);
        if (first >= 0) assert.doesNotMatch((body ?? '').slice(first), /<a:pPr\b/, `${name}: paragraph properties after a run`);
      }
      for (const [bg] of xml.matchAll(/<p:bgPr>[\s\S]*?<\/p:bgPr>/g)) assert.match(bg, /<a:effectLst\/>/, name);
      for (const [shape] of xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)) assert.match(shape, /<p:txBody>/, name);
    }
  });

  it('repair keeps the first paragraph properties and the runs', () => {
    const xml = '<a:p><a:pPr marL="1"><a:buChar char="•"/></a:pPr><a:r><a:t>A</a:t></a:r><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>B</a:t></a:r></a:p>';
    assert.equal(repairSlideXml(xml), '<a:p><a:pPr marL="1"><a:buChar char="•"/></a:pPr><a:r><a:t>A</a:t></a:r><a:r><a:t>B</a:t></a:r></a:p>');
  });

  it('cuts a section too long for a slide at a paragraph and puts all of it in the notes', async () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1}: ${'detail '.repeat(20)}`.trim());
    const text = ['# Deck', '', 'The bottom line before any section.', '', '## Context', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    const { bytes } = await exportDocument(exportable(text), { format: 'pptx' });
    const slides = [...(await zipParts(bytes, /^ppt\/slides\/slide\d+\.xml$/)).values()].map(xmlText);
    assert.ok(slides[1]?.startsWith('Summary') && slides[1].includes('The bottom line before any section.'), 'text before the first section gets a summary slide');
    const context = slides[2] ?? '';
    assert.ok(context.includes('Paragraph 1:') && !context.includes('Paragraph 12:'), 'the slide shows the start only');
    assert.ok(context.includes('continued in the speaker notes'));
    const notes = [...(await zipParts(bytes, /^ppt\/notesSlides\/notesSlide\d+\.xml$/)).values()].map(xmlText).join('\n');
    assert.ok(notes.includes('Paragraph 12:'), 'the notes carry the whole section');
  });

  it('continues a long table on slides of its own, header repeated, no row lost', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `| Risk ${i} | Medium | High | Mitigation ${i} |`);
    const text = ['# T', '', '## Risks', '', 'The register.', '', '| Risk | Likelihood | Impact | Mitigation |', '|---|---|---|---|', ...rows].join('\n');
    const slides = [...(await zipParts((await exportDocument(exportable(text), { format: 'pptx' })).bytes, /^ppt\/slides\/slide\d+\.xml$/)).values()].map(xmlText);
    const risks = slides.slice(1);
    assert.ok(risks.length >= 2);
    assert.ok(risks.slice(1).every((slide) => slide.startsWith('Risks (continued)') && slide.includes('Likelihood')));
    const all = risks.join('\n');
    for (let i = 0; i < 25; i++) assert.equal(all.match(new RegExp(`\\bMitigation ${i}\\b`, 'g'))?.length, 1, `row ${i} exactly once`);
  });
});
