/**
 * Issue 8, defect 6: a `\x0b`, `\x0c` or `\x1b` in a brief made the PPTX slide XML invalid, and
 * `\uFFFE`/`\uFFFF` broke PPTX and DOCX, so Office could not open them. Every part of every
 * DOCX and PPTX export is parsed as XML here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportDocument, type ExportFormat } from '../../server/src/export/index';
import { xmlSafeText } from '../../server/src/export/renderers/xmlSafeText';
import { exportable, fixtureText, xmlText } from './exportTestSupport';
import { assertEveryPartWellFormed, xmlPartsOf } from './xmlParts';

/** Every kind of character XML forbids, each between letters so its removal is visible. */
const FORBIDDEN = ['\x00', '\x01', '\x08', '\x0b', '\x0c', '\x0e', '\x1b', '\x1f', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'];
const hostile = (word: string): string => FORBIDDEN.map((char, index) => `${word}${index}${char}`).join('') + word;

const controlCharacterBrief = [
  '---',
  'type: brief',
  `title: "${hostile('title')}"`,
  `author: "${hostile('author')}"`,
  'status: proposed',
  '---',
  `# ${hostile('Heading')}`,
  '',
  `Bottom line: ${hostile('lead')} and an emoji 🚀 that must survive.`,
  '',
  `## ${hostile('Summary')}`,
  '',
  `Text ${hostile('para')} with [a link](https://example.com/${encodeURIComponent('x')}) and **bold ${hostile('bold')}**.`,
  '',
  `- ${hostile('item')}`,
  `  - nested ${hostile('nested')}`,
  '',
  `| ${hostile('head')} | B |`,
  '|---|---|',
  `| ${hostile('cell')} | two |`,
  '',
  '```',
  hostile('code'),
  '```',
  '',
  `> ${hostile('quote')}`,
  '',
  '## Asks',
  '',
  `- Approve ${hostile('ask')}.`,
  '',
  '## Risks',
  '',
  `- ${hostile('risk')}`,
].join('\n');

const OFFICE_FORMATS: readonly ExportFormat[] = ['docx', 'pptx'];

describe('DOCX and PPTX exports are well-formed XML', () => {
  for (const format of OFFICE_FORMATS) {
    it(`${format}: every part of the brief fixtures parses`, { timeout: 60_000 }, async () => {
      for (const name of ['platform-migration-brief.md', 'hostile-brief.md']) {
        await assertEveryPartWellFormed((await exportDocument(exportable(fixtureText(name)), { format })).bytes, `${format} ${name}`);
      }
    });

    it(`${format}: characters XML forbids are stripped, the text around them kept`, { timeout: 60_000 }, async () => {
      const { bytes } = await exportDocument(exportable(controlCharacterBrief), { format });
      await assertEveryPartWellFormed(bytes, format);
      const text = [...(await xmlPartsOf(bytes)).values()].map(xmlText).join(' ');
      for (const word of ['Heading', 'para', 'item', 'cell', 'ask', 'risk']) assert.ok(text.includes(`${word}0${word}1${word}2`), `${format}: ${word} kept`);
      assert.ok(text.includes('🚀'), `${format}: a surrogate pair is not stripped`);
    });
  }
});

describe('xmlSafeText', () => {
  it('removes exactly what XML 1.0 forbids', () => {
    assert.equal(xmlSafeText('a\tb\nc\rd'), 'a\tb\nc\rd');
    assert.equal(xmlSafeText('scar \uFFFD'), 'scar ');
    assert.equal(xmlSafeText(hostile('w')), 'w0w1w2w3w4w5w6w7w8w9w10w11w');
    assert.equal(xmlSafeText('pair \uD83D\uDE80, lone \uDE80\uD83D end'), 'pair 🚀, lone  end');
  });
});
