import type { DocumentAnalysis } from '../analysis';
import type { ResolvedDocType } from '../doctypes/docTypeSpec';
import { comparePositions } from '../text/compareRanges';
import type { Position, Range } from '../text/positions';
import { describe } from './completion';
import { knowledgeOfKey } from './keyKnowledge';
import { decisionSummaryOf } from './workspaceKnowledge';
import type { ReferencingDocument } from '../workspace/catalogEntry';
import { documentLinks } from '../workspace/documentLinks';
import { referenceAt } from '../workspace/referencesAt';
import type { WorkspaceCatalog } from '../workspace/workspaceCatalog';

export interface HoverContent {
  /** Markdown. */
  readonly markdown: string;
  readonly range: Range;
}

/** What to show on hover: a front matter key's schema, or the ADR an id or link names. */
export function hoverAt(analysis: DocumentAnalysis, docTypes: readonly ResolvedDocType[], position: Position, catalog: WorkspaceCatalog): HoverContent | undefined {
  return keyHover(analysis, docTypes, position) ?? referenceHover(analysis, docTypes, position, catalog);
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

/**
 * The document a reference under the cursor points at, read from the analysis's own catalogue
 * entry (the mentions, links and supersessions it already found), resolved the way go to
 * definition resolves it: a link names a file, not whichever ADR has the number in its name.
 * An untyped document (a README listing decisions) has no entry; its links and mentions are
 * read when the hover asks, never on a keystroke.
 */
function referenceHover(analysis: DocumentAnalysis, docTypes: readonly ResolvedDocType[], position: Position, catalog: WorkspaceCatalog): HoverContent | undefined {
  const { document } = analysis;
  const references: ReferencingDocument = analysis.catalogEntry ?? { uri: analysis.uri, path: document.path ?? null, ...documentLinks(document), supersedes: [], supersededBy: [] };
  const site = referenceAt(references, catalog, position);
  if (site === undefined) return undefined;
  const { target } = site;
  const decision = decisionSummaryOf(target);
  const status = target.status === null ? null : (target.status.value ?? target.status.written);
  const heading = decision !== null ? `**${decision.id}: ${decision.title}**` : `**${target.title?.text ?? target.path ?? target.uri}** (${docTypes.find((docType) => docType.spec.id === target.type)?.spec.label ?? target.type})`;
  const facts = [status === null ? undefined : `Status: **${status}**`, target.date === null ? undefined : `Date: ${target.date}`].filter((part) => part !== undefined);
  return { markdown: [heading, facts.join(' · ')].filter((part) => part !== '').join('\n\n'), range: site.range };
}

function contains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}
