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

/** Longest known phrase at the start wins, so "partly superseded" is not read as "superseded" alone. */
function canonicalValue(lower: string, spec: StatusSpec): string | null {
  let best: { value: string; length: number } | undefined;
  for (const [value, words] of Object.entries(spec.values)) {
    for (const word of [value, ...words]) {
      if ((lower === word || lower.startsWith(word + ' ') || lower.startsWith(word + ',') || lower.startsWith(word + ':') || lower.startsWith(word + ' (')) && (best === undefined || word.length > best.length)) {
        best = { value, length: word.length };
      }
    }
  }
  return best?.value ?? null;
}
