import type { FieldValue, NormalizedStatus } from '../analysis';
import type { StatusSpec } from '../doctypes/docTypeSpec';
import type { Section } from '../model/blocks';
import type { LeadDocument } from '../model/leadDocument';

// "Superseded by ADR-0057", "Superceded by [3. Title](0003-x.md)", "Rejected in favour of ADR 111"
const TARGET_PHRASE = /\b(?:by|in favou?r of|with|to)\s+(.+)$/i;
const LINK = /\[([^\]]*)\]\(([^)\s]+)[^)]*\)/;
const ADR_ID = /\b((?:ADR|RFC|DR)[\s-]?\d+)/i;

/** Finds the status (field, else the first meaningful line of the Status section) and normalises it. */
export function readStatus(document: LeadDocument, spec: StatusSpec, fields: Readonly<Record<string, FieldValue>>, sections: ReadonlyMap<string, Section>): NormalizedStatus | null {
  const field = fields[spec.field];
  if (field !== undefined) return normalizeStatus(field.text, field.range, spec);
  const section = spec.section === undefined ? undefined : sections.get(spec.section);
  const line = section?.blocks.find((block) => (block.kind === 'paragraph' || block.kind === 'listItem' || block.kind === 'tableRow') && block.text.trim() !== '');
  if (line === undefined || document === undefined) return null;
  const firstLine = line.range.start.line;
  const raw = document.lines.lineText(firstLine);
  const start = raw.length - raw.trimStart().length;
  return normalizeStatus(raw.trim(), { start: { line: firstLine, character: start }, end: { line: firstLine, character: raw.trimEnd().length } }, spec);
}

export function normalizeStatus(written: string, range: NormalizedStatus['range'], spec: StatusSpec): NormalizedStatus {
  const link = LINK.exec(written);
  const plain = written
    .replace(LINK, (_m, text: string) => text)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/[*_`]/g, '')
    .replace(/^[-*+]\s+/, '')
    .replace(/^status\s*:\s*/i, '')
    .trim();
  const lower = plain.toLowerCase().replace(/[.!;]+$/, '').replace(/\s+/g, ' ');
  const value = canonicalValue(lower, spec);
  const targetText = TARGET_PHRASE.exec(plain)?.[1]?.replace(/[.;]+$/, '').trim();
  let target: string | null = null;
  if (link !== null) target = link[2] ?? null;
  else if (targetText !== undefined) target = ADR_ID.exec(targetText)?.[1]?.replace(/\s/, '-') ?? targetText;
  return { raw: plain, value, target, range };
}

// Each spec's words, longest first, built once per engine.
const wordsBySpec = new WeakMap<StatusSpec, Array<readonly [word: string, value: string]>>();

function knownWords(spec: StatusSpec): Array<readonly [string, string]> {
  let words = wordsBySpec.get(spec);
  if (words === undefined) {
    words = Object.entries(spec.values).flatMap(([value, aliases]) => [value, ...aliases].map((word) => [word.toLowerCase(), value] as const));
    words.sort((a, b) => b[0].length - a[0].length);
    wordsBySpec.set(spec, words);
  }
  return words;
}

/** Longest known phrase at the start wins, so "partly superseded" is not read as "superseded" alone. */
function canonicalValue(lower: string, spec: StatusSpec): string | null {
  for (const [word, value] of knownWords(spec)) {
    if (!lower.startsWith(word)) continue;
    const next = lower.charAt(word.length);
    if (next === '' || next === ' ' || next === ',' || next === ':' || next === '(') return value;
  }
  return null;
}
