/**
 * How a folder names its documents, and the name the next one gets. Pure, so the rules for
 * `0007-slug.md`, `adr-007-slug.md`, log4brains' `20260314-slug.md`, dated postmortems and
 * yearly-numbered ones (`PM2025-002 - Title.md`) are tested on lists of names alone. The one
 * place these conventions live: the language server's `leaddocs/newDocumentTarget` and the CLI
 * ask it, the client never guesses. A name's number is read as the engine reads it
 * (numberInPath), so the next number never collides with one the duplicate-number rule sees.
 */
import { numberInPath } from '../../engine';

export type NamingScheme =
  /** `0007-use-kafka.md`, `adr-007-use-kafka.md`: a running number, zero-padded, after an optional prefix. */
  | { readonly kind: 'numbered'; readonly prefix: string; readonly width: number }
  /** log4brains: `20260314-use-kafka.md`. */
  | { readonly kind: 'compactDate' }
  /** The day, then a running number: cardano-scaling/hydra's `2021-06-05_001-record-decisions.md`. */
  | { readonly kind: 'datedNumbered'; readonly separator: string; readonly width: number }
  /** `2026-03-14-checkout-outage.md`, common for postmortems. */
  | { readonly kind: 'isoDate' }
  /**
   * A prefix, the year, a number that starts again each year, then the title: dfds'
   * `PM2025-002 - Traefik rule preventing some inbound traffic.md`, `INC-2024-07-db-failover.md`.
   */
  | {
      readonly kind: 'yearNumbered';
      readonly prefix: string;
      /** Between the year and its number: `-`, `_` or nothing. */
      readonly yearSeparator: string;
      readonly width: number;
      /** Between the number and the title: ` - `, `-`, `_`, ` `. */
      readonly titleSeparator: string;
      /** The title as written (`Traefik rule preventing…`) rather than slugged. */
      readonly titleAsWritten: boolean;
    }
  /** `q3-platform-migration.md`. */
  | { readonly kind: 'slug' };

export interface NewDocumentName {
  readonly fileName: string;
  /** The document's number: the running number, the number within the year, or for dated names the count of documents so far plus one. */
  readonly number: number;
}

const ISO_DATED = /^(\d{4})-(\d{2})-(\d{2})-.+\.md$/i;
const DATED_NUMBERED = /^\d{4}-\d{2}-\d{2}([-_])(\d{1,5})[-_].+\.md$/;
const COMPACT_DATED = /^((?:19|20)\d{2})(\d{2})(\d{2})-.+\.md$/i;
// A letter prefix is required: `2026-03-14-x.md` is a date, not the year 2026's document 03.
const YEAR_NUMBERED = /^([A-Za-z]+[-_ ]?)((?:19|20)\d{2})([-_]?)(\d{2,4})(\s*[-_]\s*|\s+)(\S.*)\.md$/;
// The shape of a numbered name, for its prefix and width; the number itself is the engine's reading.
const NUMBERED = /^([A-Za-z]+[-_])?(\d{1,5})[-_].+\.md$/;
// Indexes, readmes and templates sit in document folders without being documents.
// `PMyyyy-nnn - Postmortem template.md` too: a name ending in template.md, as the engine excludes it.
const NOT_A_DOCUMENT = /^(readme|index|_index|summary|changelog|contributing)\.md$|(^|[-_ ])template(\.md$|[-_])/i;

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '');
  if (slug === '') return 'untitled';
  // Long titles make unwieldy paths; cut at a word boundary.
  return slug.length <= 60 ? slug : slug.slice(0, 60).replace(/-[^-]*$/, '');
}

/** The scheme most of a folder's documents follow; `fallback` for a folder with none yet. */
export function detectNamingScheme(names: readonly string[], fallback: NamingScheme): NamingScheme {
  const documents = names.filter(isDocumentName);
  const yearNumbered = documents.map((name) => YEAR_NUMBERED.exec(name)).filter((match) => match !== null && !isDated(match.input));
  // `INC-2024-07-x.md` reads as number 2024 too; the year and its own number is the closer reading.
  const numbered = documents.map((name) => NUMBERED.exec(name)).filter((match) => match !== null && !isDated(match.input) && !YEAR_NUMBERED.test(match.input) && !DATED_NUMBERED.test(match.input));
  const datedNumbered = documents.map((name) => DATED_NUMBERED.exec(name)).filter((match) => match !== null);
  const counts: [NamingScheme['kind'], number][] = [
    ['numbered', numbered.length],
    ['compactDate', documents.filter((name) => COMPACT_DATED.test(name)).length],
    ['isoDate', documents.filter((name) => ISO_DATED.test(name) && !DATED_NUMBERED.test(name)).length],
    ['yearNumbered', yearNumbered.length],
    ['datedNumbered', datedNumbered.length],
  ];
  const [kind, count] = counts.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  if (count === 0) return documents.length > 0 ? { kind: 'slug' } : fallback;
  if (kind === 'yearNumbered') return yearNumberedScheme(yearNumbered.filter((match) => match !== null));
  if (kind === 'datedNumbered') {
    return { kind, separator: mostCommon(datedNumbered.map((match) => match[1] ?? '_')) ?? '_', width: Number(mostCommon(datedNumbered.map((match) => String(match[2]?.length ?? 3)))) };
  }
  if (kind !== 'numbered') return { kind };
  return {
    kind: 'numbered',
    prefix: mostCommon(numbered.map((match) => match?.[1] ?? '')) ?? '',
    width: Number(mostCommon(numbered.map((match) => String(match?.[2]?.length ?? 4)))),
  };
}

function yearNumberedScheme(matches: readonly RegExpExecArray[]): NamingScheme {
  const part = (index: number): string => mostCommon(matches.map((match) => match[index] ?? '')) ?? '';
  return {
    kind: 'yearNumbered',
    prefix: part(1),
    yearSeparator: part(3),
    width: Number(mostCommon(matches.map((match) => String(match[4]?.length ?? 3)))),
    titleSeparator: part(5),
    titleAsWritten: mostCommon(matches.map((match) => String(/\s/.test(match[6] ?? '')))) === 'true',
  };
}

/** The name for a new document with this title, free among `names`. */
export function nextDocumentName(names: readonly string[], scheme: NamingScheme, title: string, date: string): NewDocumentName {
  const documents = names.filter(isDocumentName);
  const number = scheme.kind === 'numbered' || scheme.kind === 'datedNumbered' ? highestNumber(documents) + 1 : scheme.kind === 'yearNumbered' ? highestInYear(documents, scheme, date.slice(0, 4)) + 1 : documents.length + 1;
  const base = baseName(scheme, title, date, number);
  const taken = new Set(names.map((name) => name.toLowerCase()));
  let fileName = `${base}.md`;
  for (let suffix = 2; taken.has(fileName.toLowerCase()); suffix++) fileName = `${base}-${suffix}.md`;
  return { fileName, number };
}

function baseName(scheme: NamingScheme, title: string, date: string, number: number): string {
  const slug = slugify(title);
  switch (scheme.kind) {
    case 'numbered':
      return `${scheme.prefix}${String(number).padStart(scheme.width, '0')}-${slug}`;
    case 'compactDate':
      return `${date.replace(/-/g, '')}-${slug}`;
    case 'datedNumbered':
      return `${date}${scheme.separator}${String(number).padStart(scheme.width, '0')}-${slug}`;
    case 'isoDate':
      return `${date}-${slug}`;
    case 'yearNumbered':
      return `${scheme.prefix}${date.slice(0, 4)}${scheme.yearSeparator}${String(number).padStart(scheme.width, '0')}${scheme.titleSeparator}${scheme.titleAsWritten ? fileNameTitle(title) : slug}`;
    case 'slug':
      return slug;
  }
}

/** The title as written, less what no file system allows in a name, cut at a word near 100 characters. */
function fileNameTitle(title: string): string {
  let cleaned = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Windows drops a name's trailing dots and spaces; the file would not be the one named.
  while (cleaned.endsWith('.') || cleaned.endsWith(' ')) cleaned = cleaned.slice(0, -1);
  if (cleaned === '') return 'Untitled';
  return cleaned.length <= 100 ? cleaned : cleaned.slice(0, 100).replace(/ [^ ]*$/, '');
}

/** The highest number given this year under the scheme's prefix; a new year starts again at 1. */
function highestInYear(names: readonly string[], scheme: Extract<NamingScheme, { kind: 'yearNumbered' }>, year: string): number {
  let highest = 0;
  for (const name of names) {
    const match = YEAR_NUMBERED.exec(name);
    if (match === null || match[2] !== year || (match[1] ?? '').toLowerCase() !== scheme.prefix.toLowerCase()) continue;
    highest = Math.max(highest, Number(match[4]));
  }
  return highest;
}

function highestNumber(names: readonly string[]): number {
  let highest = 0;
  for (const name of names) {
    if (isDated(name)) continue;
    highest = Math.max(highest, numberInPath(name) ?? 0);
  }
  return highest;
}

/** Named by date alone: its digits are a day, not a running number. */
function isDated(name: string): boolean {
  return (ISO_DATED.test(name) && !DATED_NUMBERED.test(name)) || COMPACT_DATED.test(name);
}

/** A markdown file that is a document, not a folder's readme, index or template. */
export function isDocumentName(name: string): boolean {
  return name.toLowerCase().endsWith('.md') && !NOT_A_DOCUMENT.test(name);
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}
