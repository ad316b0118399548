import type { DocumentAnalysis } from '../analysis';
import { asText } from '../derive/fields';
import type { DocTypeSpec } from '../doctypes/docTypeSpec';

/** What a workspace index knows of one ADR, for completion and hover in other documents. */
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

/** What one document adds to the workspace index. */
export interface WorkspaceEntry {
  readonly uri: string;
  readonly type: string | null;
  readonly decision: DecisionSummary | null;
  readonly people: readonly string[];
}

// `0012-use-x.md`, `adr-012-use-x.md`, `ADR0012.md`
const NUMBERED_FILE = /(?:^|\/)(?:adr[-_]?)?(\d{1,5})(?:[-_. ][^/]*)?\.md$/i;
const ADR_ID = /^(?:ADR|DR)?[-\s_]?0*(\d{1,5})$/i;

export function workspaceEntryOf(analysis: DocumentAnalysis, spec: DocTypeSpec | undefined): WorkspaceEntry {
  return { uri: analysis.uri, type: analysis.type, decision: decisionOf(analysis), people: peopleOf(analysis, spec) };
}

/** The number an ADR goes by: its id, its title's number, or its file name's. */
export function decisionNumber(analysis: DocumentAnalysis): number | null {
  const id = analysis.document.frontMatter?.data['id'];
  const fromId = typeof id === 'number' ? id : typeof id === 'string' ? Number(ADR_ID.exec(id.trim())?.[1] ?? NaN) : NaN;
  if (Number.isInteger(fromId)) return fromId;
  if (analysis.title?.number !== null && analysis.title?.number !== undefined) return analysis.title.number;
  const fromPath = NUMBERED_FILE.exec(analysis.document.path ?? decodeURIComponent(analysis.uri))?.[1];
  return fromPath === undefined ? null : Number(fromPath);
}

function decisionOf(analysis: DocumentAnalysis): DecisionSummary | null {
  if (analysis.type !== 'adr') return null;
  const number = decisionNumber(analysis);
  if (number === null) return null;
  const id = analysis.document.frontMatter?.data['id'];
  return {
    id: typeof id === 'string' && /^[A-Za-z]+[-\s_]?\d+$/.test(id.trim()) ? id.trim() : `ADR-${String(number).padStart(4, '0')}`,
    number,
    title: analysis.title?.text ?? '',
    status: analysis.status === null ? null : (analysis.status.value ?? analysis.status.raw),
    date: analysis.fields['date']?.text ?? null,
    uri: analysis.uri,
  };
}

function peopleOf(analysis: DocumentAnalysis, spec: DocTypeSpec | undefined): string[] {
  const names = new Set<string>();
  for (const [name, field] of Object.entries(analysis.fields)) {
    if (spec?.fields?.[name]?.kind !== 'people') continue;
    const values = Array.isArray(field.value) ? field.value.map(asText) : field.text.split(/,|;|\band\b/);
    for (const value of values) {
      const person = value.trim();
      if (person !== '' && !/[{}[\]]/.test(person)) names.add(person);
    }
  }
  return [...names];
}
