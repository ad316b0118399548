import assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

/** XML 1.0's `Char` production, negated: what no part of an Office file may contain. */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const CHARACTER_REFERENCE = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

/** Every part of an OOXML package, by name: XML parts as text, others (images, fonts) left out. */
export async function xmlPartsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/.test(name)) parts.set(name, await file.async('string'));
  }
  return parts;
}

/**
 * Fails unless `xml` is a well-formed XML 1.0 document: the parser reports nothing (no warning,
 * no error), and no character or character reference lies outside `Char` (xmldom does not check that).
 */
export function assertWellFormedXml(xml: string, name: string): void {
  const reports: string[] = [];
  new DOMParser({ onError: (level, message) => reports.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  assert.deepEqual(reports, [], `${name}: the XML parser reported problems`);
  const forbidden = NOT_XML_CHAR.exec(xml);
  assert.equal(forbidden, null, `${name}: U+${forbidden?.[0].codePointAt(0)?.toString(16).padStart(4, '0')} at ${forbidden?.index} is not an XML character`);
  for (const reference of xml.matchAll(CHARACTER_REFERENCE)) {
    const digits = reference[1] ?? '';
    const codePoint = digits.startsWith('x') ? Number.parseInt(digits.slice(1), 16) : Number.parseInt(digits, 10);
    assert.ok(codePoint <= 0x10ffff && !NOT_XML_CHAR.test(String.fromCodePoint(codePoint)), `${name}: ${reference[0]} refers to a character XML forbids`);
  }
}

/** Every XML part of an export well-formed; returns how many parts were checked. */
export async function assertEveryPartWellFormed(bytes: Uint8Array, label: string): Promise<number> {
  const parts = await xmlPartsOf(bytes);
  assert.ok(parts.size > 0, `${label}: no XML parts`);
  for (const [name, xml] of parts) assertWellFormedXml(xml, `${label} ${name}`);
  return parts.size;
}
