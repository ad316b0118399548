import type { ExportModel } from '../exportModel';

/**
 * Characters XML 1.0 forbids in a document: C0 controls other than tab, line feed and carriage
 * return; U+FFFE and U+FFFF; and a surrogate without its pair. One of them in a brief made the
 * PPTX slide XML or the DOCX body invalid, and Office refused to open the file. U+FFFD goes
 * too: the markdown parser writes it for a NUL, and in a document it is only a decoding scar
 * (XML parsers warn of it as an encoding problem).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job.
const XML_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML cannot carry (nor U+FFFD). */
export function xmlSafeText(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * The model with every string XML-safe: the PPTX and DOCX renderers start from this, so no
 * title, field, run, cell, link or code block can reach their XML with a forbidden character.
 */
export function xmlSafeModel(model: ExportModel): ExportModel {
  return withSafeStrings(model);
}

function withSafeStrings<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map(withSafeStrings) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withSafeStrings(inner)])) as T;
  }
  return value;
}
