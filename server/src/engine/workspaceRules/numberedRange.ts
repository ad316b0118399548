import type { Range } from '../text/positions';
import type { CatalogEntry } from '../workspace/catalogEntry';

/** Where an ADR's number is best reported: its front matter id, its title, else the first line. */
export function numberedRange(entry: CatalogEntry): Range {
  return entry.numbers.frontMatter?.range ?? entry.numbers.title?.range ?? entry.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** How a document is named in a message: its path, else its URI. */
export function nameOf(entry: CatalogEntry): string {
  return entry.path ?? entry.uri;
}

/** `ADR-0005 (Use Postgres)` */
export function labelOf(entry: CatalogEntry): string {
  const id = entry.id ?? nameOf(entry);
  return entry.title === null ? id : `${id} (${entry.title.text})`;
}
