import type { Position, Range } from '../text/positions';
import type { CatalogEntry, ReferencingDocument } from './catalogEntry';
import type { WorkspaceCatalog } from './workspaceCatalog';

/** A place in a document that points at another: a mention, a link, a supersession. */
export interface ReferenceSite {
  readonly range: Range;
  readonly target: CatalogEntry;
}

/** Every reference a document makes that resolves to a catalogued document. */
export function referenceSites(entry: ReferencingDocument, catalog: WorkspaceCatalog): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  for (const mention of entry.decisionMentions) {
    const target = catalog.decision(mention.number, entry);
    if (target !== undefined) sites.push({ range: mention.range, target });
  }
  for (const link of entry.links) {
    const target = link.href === '' ? undefined : catalog.linkTarget(entry, link.href)?.entry;
    if (target !== undefined) sites.push({ range: link.range, target });
  }
  for (const reference of [...entry.supersedes, ...entry.supersededBy]) {
    const resolved = catalog.resolve(reference, entry);
    if (resolved.kind === 'found') sites.push({ range: reference.range, target: resolved.entry });
  }
  return sites;
}

/** The reference under the cursor, the innermost when several overlap. */
export function referenceAt(entry: ReferencingDocument, catalog: WorkspaceCatalog, position: Position): ReferenceSite | undefined {
  return referenceSites(entry, catalog)
    .filter(({ range }) => contains(range, position))
    .sort((a, b) => width(a.range) - width(b.range))[0];
}

function contains(range: Range, position: Position): boolean {
  const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

function width(range: Range): number {
  return (range.end.line - range.start.line) * 100_000 + range.end.character - range.start.character;
}

export const documentStart: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
