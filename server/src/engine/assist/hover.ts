import type { DocumentAnalysis } from '../analysis';
import type { ResolvedDocType } from '../doctypes/docTypeSpec';
import { comparePositions } from '../text/compareRanges';
import type { Position, Range } from '../text/positions';
import { describe } from './completion';
import { knowledgeOfKey } from './keyKnowledge';
import type { DecisionSummary } from './workspaceKnowledge';

export interface HoverContent {
  /** Markdown. */
  readonly markdown: string;
  readonly range: Range;
}

/** Finds an ADR by its number; the host answers from its workspace index. */
export type DecisionLookup = (number: number) => DecisionSummary | undefined;

// `ADR-0012`, `ADR 12`, `adr_7`, `DR-3`
const DECISION_ID = /\b(?:ADR|DR)[-\s_]?(\d{1,5})\b/gi;
// `[Use X](0012-use-x.md)`, `(../decisions/adr-012-use-x.md)`
// No bracket or parenthesis inside the target, so a failed match never reads past the next link.
const DECISION_LINK = /\]\(((?:[^()[\]\s]*\/)?(?:adr[-_]?)?(\d{1,5})-[^()[\]\s/]*\.md)(?:#[^()[\]\s]*)?\)/gi;

/** What to show on hover: a front matter key's schema, or the ADR an id or link names. */
export function hoverAt(analysis: DocumentAnalysis, docTypes: readonly ResolvedDocType[], position: Position, lookup: DecisionLookup): HoverContent | undefined {
  return keyHover(analysis, docTypes, position) ?? decisionHover(analysis, position, lookup);
}

function keyHover(analysis: DocumentAnalysis, docTypes: readonly ResolvedDocType[], position: Position): HoverContent | undefined {
  const frontMatter = analysis.document.frontMatter;
  const docType = docTypes.find((candidate) => candidate.spec.id === analysis.type);
  if (frontMatter === undefined || docType === undefined || position.line >= frontMatter.closingLine) return undefined;
  for (const entry of frontMatter.entries.values()) {
    if (!contains(entry.keyRange, position)) continue;
    const knowledge = knowledgeOfKey(entry.key, docType);
    const about = describe(knowledge);
    const heading = knowledge.field !== undefined && knowledge.field !== entry.key ? `**${entry.key}** (read as \`${knowledge.field}\`)` : `**${entry.key}**`;
    const fallback = knowledge.propertySchema === undefined && knowledge.field === undefined ? `Not a key the ${docType.spec.label.toLowerCase()} schema describes.` : undefined;
    return { markdown: [heading, about ?? fallback].filter((part) => part !== undefined).join('\n\n'), range: entry.keyRange };
  }
  return undefined;
}

function decisionHover(analysis: DocumentAnalysis, position: Position, lookup: DecisionLookup): HoverContent | undefined {
  const text = analysis.document.lines.lineText(position.line);
  for (const pattern of [DECISION_LINK, DECISION_ID]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (position.character < start || position.character > end) continue;
      const number = Number(pattern === DECISION_LINK ? match[2] : match[1]);
      const decision = lookup(number);
      if (decision === undefined) continue;
      const facts = [decision.status === null ? undefined : `Status: **${decision.status}**`, decision.date === null ? undefined : `Date: ${decision.date}`].filter((part) => part !== undefined);
      return { markdown: [`**${decision.id}: ${decision.title}**`, facts.join(' · ')].filter((part) => part !== '').join('\n\n'), range: { start: { line: position.line, character: start }, end: { line: position.line, character: end } } };
    }
  }
  return undefined;
}

function contains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}
