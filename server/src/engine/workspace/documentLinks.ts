import type { LeadDocument } from '../model/leadDocument';
import type { DecisionMention, LinkAt, TextAt } from './catalogEntry';
import { columnRange, inlineLinksOf, linkDefinitionOf, withoutCodeSpans, type InlineLink } from './inlineLinks';

export interface DocumentLinks {
  readonly links: LinkAt[];
  readonly urls: TextAt[];
  readonly decisionMentions: DecisionMention[];
}

// `ADR-0042`, `ADR 42`, `adr_7`; a bare `#42` is an issue, not a decision.
const DECISION_MENTION = /\bADR[-_ ]?0*(\d{1,5})\b/gi;
// Most lines mention no decision: a plain test spares them the blanking and the match iterator.
const MENTION_HINT = /adr/i;
const SCHEME = /^[a-z][a-z0-9+.-]{1,20}:/i;
const SCANNED_KINDS = new Set(['paragraph', 'listItem', 'tableRow', 'quote']);

/** Links and decision mentions in the body's prose; code, comments and raw HTML are not prose. */
export function documentLinks(document: LeadDocument): DocumentLinks {
  const result: DocumentLinks = { links: [], urls: [], decisionMentions: [] };
  if (!mayHoldLinks(document)) return result;
  const scanned = new Uint8Array(document.lines.lineCount);
  for (const block of document.blocks) {
    if (!SCANNED_KINDS.has(block.kind)) continue;
    for (let line = block.range.start.line; line <= block.range.end.line; line++) {
      if (scanned[line] === 1) continue;
      scanned[line] = 1;
      scanLine(withoutCodeSpans(document.lines.lineText(line)), line, result);
    }
  }
  return result;
}

/** A link needs `](` or `]:`, a mention the letters `adr`: a body with none has nothing to scan line by line. */
function mayHoldLinks(document: LeadDocument): boolean {
  const bodyStart = document.lines.offsetOfLine(document.bodyStartLine);
  const { text } = document;
  if (text.indexOf('](', bodyStart) >= 0 || text.indexOf(']:', bodyStart) >= 0) return true;
  return MENTION_HINT.test(bodyStart === 0 ? text : text.slice(bodyStart));
}

function scanLine(text: string, line: number, into: DocumentLinks): void {
  // Most prose lines hold no link: two substring searches spare them the character-by-character scan.
  const definition = text.includes(']:') ? linkDefinitionOf(text) : undefined;
  const links = definition !== undefined ? [definition] : text.includes('](') ? inlineLinksOf(text) : [];
  for (const link of links) addLink(link, line, into);
  // Mentions inside a link are the link's business: `[ADR-0005](0005-x.md)` is checked as a link.
  if (!MENTION_HINT.test(text)) return;
  for (const match of withLinksBlanked(text, links).matchAll(DECISION_MENTION)) {
    const start = match.index;
    into.decisionMentions.push({ text: match[0], number: Number(match[1]), range: columnRange(line, start, start + match[0].length) });
  }
}

function withLinksBlanked(text: string, links: readonly InlineLink[]): string {
  if (links.length === 0) return text;
  const pieces: string[] = [];
  let from = 0;
  for (const link of links) {
    pieces.push(text.slice(from, link.start), ' '.repeat(link.end - link.start));
    from = link.end;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

function addLink(link: InlineLink, line: number, into: DocumentLinks): void {
  const range = columnRange(line, link.start, link.end);
  const destination = link.destination.trim();
  if (destination === '') return;
  if (SCHEME.test(destination)) {
    if (/^https?:/i.test(destination)) into.urls.push({ text: destination, range });
    return;
  }
  const hash = destination.indexOf('#');
  const pathPart = (hash < 0 ? destination : destination.slice(0, hash)).split('?', 1)[0] ?? '';
  const anchor = hash < 0 ? null : destination.slice(hash + 1);
  const destinationRange = columnRange(line, link.destinationStart, link.destinationStart + link.destination.length);
  into.links.push({ text: link.text, href: safeDecode(pathPart), anchor: anchor === null ? null : safeDecode(anchor), range, destinationRange });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
