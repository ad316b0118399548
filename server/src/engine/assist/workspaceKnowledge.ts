import type { CatalogEntry } from '../workspace/catalogEntry';

/** What the workspace catalogue knows of one ADR, for completion and hover in other documents. */
export interface DecisionSummary {
  /** How the workspace writes the ADR's id: its front matter `id`, else `ADR-0012`. */
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly status: string | null;
  readonly date: string | null;
  readonly uri: string;
}

/** What the host knows beyond the document: the engine reads no clock and no other files. */
export interface AuthoringContext {
  /** Today as YYYY-MM-DD, in the author's time zone when the host knows it. */
  readonly today: string;
  /** Names already used in people fields (`decision-makers`, `mentor`, `owner`) across the workspace. */
  readonly people: readonly string[];
  readonly decisions: readonly DecisionSummary[];
}

/** An ADR as completion and hover show it; null for other types and unnumbered records. */
export function decisionSummaryOf(entry: CatalogEntry): DecisionSummary | null {
  if (entry.type !== 'adr' || entry.number === null) return null;
  return {
    id: entry.id ?? `ADR-${String(entry.number).padStart(4, '0')}`,
    number: entry.number,
    title: entry.title?.text ?? '',
    status: entry.status === null ? null : (entry.status.value ?? entry.status.written),
    date: entry.date,
    uri: entry.uri,
  };
}

/** The authoring context of a workspace: every person named, every numbered ADR in number order. */
export function authoringContextOf(entries: Iterable<CatalogEntry>, today: string): AuthoringContext {
  const people = new Set<string>();
  const decisions: DecisionSummary[] = [];
  for (const entry of entries) {
    for (const person of entry.people) people.add(person);
    const decision = decisionSummaryOf(entry);
    if (decision !== null) decisions.push(decision);
  }
  return {
    today,
    people: [...people].sort((a, b) => a.localeCompare(b)),
    decisions: decisions.sort((a, b) => a.number - b.number || a.uri.localeCompare(b.uri)),
  };
}
