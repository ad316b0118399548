import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseLeadDocument } from '../../server/src/engine/index';
import { exportDocument, type ExportableDocument, type ExportFormat, type ExportResult } from '../../server/src/export/index';

export const FIXTURES = join(__dirname, 'fixtures');
export const BRIEF_PATH = join(FIXTURES, 'platform-migration-brief.md');
export const HOSTILE_PATH = join(FIXTURES, 'hostile-brief.md');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Words from the fixture's confidential sections: none may appear in any export. */
export const CONFIDENTIAL_WORDS = ['walk-away', '$180K', 'Vendor pricing negotiation', 'Negotiation timeline', 'Headcount detail', 'Two backfills'];

const cache = new Map<string, Promise<ExportResult>>();

/** Each format of the brief is rendered once per test file; the renderers are deterministic enough to share. */
export function exportBrief(format: ExportFormat): Promise<ExportResult> {
  const key = format;
  let result = cache.get(key);
  if (result === undefined) {
    result = exportDocument(exportable(fixtureText('platform-migration-brief.md')), { format, path: BRIEF_PATH });
    cache.set(key, result);
  }
  return result;
}

/**
 * What the export reads of an analysis, for a document alone: its parse, and no type, so the
 * header shows the front matter as written. The export never parses the text itself.
 */
export function exportable(text: string): ExportableDocument {
  return { document: parseLeadDocument({ uri: 'untitled:export-test', text }), fields: {}, typeLabel: null };
}

export function utf8(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** Text of every page, pages joined by newlines, through Mozilla's reader. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: string[]; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await document.destroy();
  return { pages, text: pages.join('\n') };
}

/** The named parts of an OOXML package, as text, in name order. */
export async function zipParts(bytes: Uint8Array, pattern: RegExp): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((name) => pattern.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const parts = new Map<string, string>();
  for (const name of names) parts.set(name, await (zip.file(name) as JSZip.JSZipObject).async('string'));
  return parts;
}

/** Visible text of DrawingML / WordprocessingML XML: the contents of <a:t> or <w:t>. */
export function xmlText(xml: string): string {
  return [...xml.matchAll(/<(?:a|w):t(?:\s[^>]*)?>([^<]*)<\/(?:a|w):t>/g)]
    .map((match) => (match[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'))
    .join(' ');
}
