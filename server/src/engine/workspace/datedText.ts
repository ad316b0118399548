import { readDate, unquoted } from '../derive/dates';

// The ISO date inside free text: `due 2025-03-14`, `2025-03-14 — weekly 1:1`.
const ISO_DATE_IN_TEXT = /\b(\d{4}-\d{2}-\d{2})\b/;
// `due 14 March 2025`, `by 03/14/2025`: a date after a deadline word, for readDate to judge.
const DEADLINE_PHRASE = /\b(?:due|by|deadline)\s*(?::\s*)?([0-9A-Za-z][0-9A-Za-z ,./-]{3,24})/i;

/** The date a line of prose carries, as YYYY-MM-DD: ISO first, then a deadline phrase. */
export function dateInText(text: string): string | null {
  const iso = ISO_DATE_IN_TEXT.exec(text)?.[1];
  if (iso !== undefined) return readDate(iso).kind === 'iso' ? iso : null;
  const phrase = DEADLINE_PHRASE.exec(text)?.[1];
  if (phrase === undefined) return null;
  // The phrase may run into the next words; try its longest prefix that reads as a date.
  const words = phrase.trim().split(/\s+/);
  for (let count = Math.min(words.length, 4); count > 0; count--) {
    const reading = readDate(words.slice(0, count).join(' ').replace(/[,.]$/, ''));
    if (reading.kind === 'convertible') return reading.iso;
    if (reading.kind === 'iso') return words.slice(0, count).join(' ');
  }
  return null;
}

/** A written date as YYYY-MM-DD, or null when it does not read as one. */
export function isoDateOf(written: string): string | null {
  const reading = readDate(written);
  if (reading.kind === 'iso') return unquoted(written.trim());
  return reading.kind === 'convertible' ? reading.iso : null;
}
