import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportDocument } from '../../server/src/export/index';
import { CONFIDENTIAL_WORDS, exportBrief, pdfText, utf8, exportable } from './exportTestSupport';

/** pdf.js splits runs at font changes; compare with whitespace squeezed. */
const squeeze = (text: string): string => text.replace(/\s+/g, ' ');

describe('PDF export', () => {
  it('is a real PDF with the title, headings, list items and table cells as text', async () => {
    const { bytes } = await exportBrief('pdf');
    assert.equal(utf8(bytes.slice(0, 5)), '%PDF-');
    const text = squeeze((await pdfText(bytes)).text);
    for (const expected of [
      'Move customer billing to the shared payments platform',
      'Status: proposed',
      'Bottom line',
      'Business impact',
      'Revenue protection:',
      'Licences: $260K',
      'Likelihood',
      'Dual-run for two billing',
      'Approve the $1.2M budget',
      'Lena Fischer',
      'SELECT invoice_id',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}"`);
    }
  });

  it('numbers its pages "Page n of N"', async () => {
    const { pages } = await pdfText((await exportBrief('pdf')).bytes);
    assert.ok(pages.length >= 1);
    pages.forEach((page, index) => assert.ok(squeeze(page).includes(`Page ${index + 1} of ${pages.length}`), `page ${index + 1}`));
  });

  it('leaves out confidential sections', async () => {
    const text = (await pdfText((await exportBrief('pdf')).bytes)).text;
    for (const word of CONFIDENTIAL_WORDS) assert.ok(!text.includes(word), word);
  });
});

describe('PDF text outside the standard fonts', () => {
  it('keeps Latin text, gives common symbols a stand-in, and says what it could not show', async () => {
    const result = await exportDocument(exportable('# Brief 🚀 日本\n\n## Asks\n\n- ✓ ship → now: café, Zürich, €5, Łódź\n'), { format: 'pdf' });
    const text = squeeze((await pdfText(result.bytes)).text);
    assert.ok(text.includes('v ship -> now: café, Zürich, €5, Lódz'), text);
    assert.ok(text.includes('Brief ??'), text);
    assert.match(result.warnings.join('\n'), /cannot show 3 character\(s\): 🚀 日 本\./);
  });
});
