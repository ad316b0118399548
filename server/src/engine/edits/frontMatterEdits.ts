import type { LeadDocument } from '../model/leadDocument';
import type { TextEdit } from '../text/positions';
import { insertionKeepingBreaks, lineEndingOf } from '../model/lineEndings';

/**
 * Adds `key: value` lines to the front matter: just before its closing fence, or in a new
 * block at the top when the document has none. Only inserts, so nothing written is touched.
 */
export function addFrontMatterLines(document: LeadDocument, keyLines: readonly string[]): TextEdit {
  const eol = lineEndingOf(document);
  const body = keyLines.map((line) => line + eol).join('');
  const frontMatter = document.frontMatter;
  if (frontMatter !== undefined) {
    const at = { line: frontMatter.closingLine, character: 0 };
    return { range: { start: at, end: at }, newText: insertionKeepingBreaks(document.text, document.lines.offsetAt(at), body) };
  }
  // A BOM must stay the first character of the file, ahead of the new opening fence.
  const offset = document.text.startsWith('\uFEFF') ? 1 : 0;
  const start = { line: 0, character: offset };
  return { range: { start, end: start }, newText: insertionKeepingBreaks(document.text, offset, `---${eol}${body}---${eol}`) };
}

/** A value to put under a key the schema asks for, and whether it is the schema's own choice. */
export interface SuggestedValue {
  readonly text: string;
  /** True when the schema fixes the value (a default, a const, a single allowed value). */
  readonly decided: boolean;
}

export function suggestedValue(propertySchema: Readonly<Record<string, unknown>> | undefined, render: (value: unknown) => string): SuggestedValue {
  const schema = propertySchema ?? {};
  if ('default' in schema) return { text: render(schema['default']), decided: true };
  if ('const' in schema) return { text: render(schema['const']), decided: true };
  const allowed = Array.isArray(schema['enum']) ? (schema['enum'] as unknown[]) : undefined;
  if (allowed?.length === 1) return { text: render(allowed[0]), decided: true };
  const examples = Array.isArray(schema['examples']) ? (schema['examples'] as unknown[]) : undefined;
  if (examples !== undefined && examples.length > 0) return { text: render(examples[0]), decided: false };
  if (allowed !== undefined && allowed.length > 0) return { text: render(allowed[0]), decided: false };
  const types = ([] as unknown[]).concat(schema['type'] ?? 'string');
  // An empty value of the right type satisfies `required` and leaves the author a blank to fill.
  if (types.includes('string')) return { text: '""', decided: false };
  if (types.includes('array')) return { text: '[]', decided: false };
  if (types.includes('number') || types.includes('integer')) return { text: render(typeof schema['minimum'] === 'number' ? schema['minimum'] : 0), decided: false };
  if (types.includes('boolean')) return { text: 'false', decided: false };
  return { text: '""', decided: false };
}
