import type { DocumentEdits } from '../findings';
import type { CatalogEntry } from '../workspace/catalogEntry';

/**
 * The edit that makes `old` say it is superseded by `successor`, in `old`'s own style: a front
 * matter value stays a bare id (MADR's `superseded by ADR-0005`), a Status line or `* Status:`
 * list gets a link, as adr-tools writes it; emoji and bold around the word are kept.
 */
export function markSupersededEdit(old: CatalogEntry, successor: CatalogEntry): DocumentEdits | undefined {
  if (old.status === null || old.status.range.start.line !== old.status.range.end.line) return undefined;
  const { source, written, style } = old.status;
  const capital = /^\p{Lu}/u.test(firstWordOf(written));
  const phrase = `${capital ? 'Superseded' : 'superseded'} by ${style === 'front-matter' ? successor.id ?? linkTo(old, successor) : linkTo(old, successor)}`;
  const { lead, trail } = decorationOf(source, written);
  return { uri: old.uri, edits: [{ range: old.status.range, newText: `${lead}${phrase}${trail}` }] };
}

/** The edit that makes `successor` say it supersedes `old`: a front matter key, or a line after its status. */
export function addSupersedesEdit(successor: CatalogEntry, old: CatalogEntry): DocumentEdits | undefined {
  const eol = successor.editAnchors.lineEnding;
  const closing = successor.editAnchors.frontMatterClosingLine;
  if (successor.status?.style === 'front-matter' || (successor.status === null && closing !== null)) {
    if (closing === null || successor.supersedes.length > 0) return undefined;
    return { uri: successor.uri, edits: [{ range: { start: { line: closing, character: 0 }, end: { line: closing, character: 0 } }, newText: `supersedes: ${old.id ?? linkTo(successor, old)}${eol}` }] };
  }
  if (successor.status === null) return undefined;
  const end = successor.status.range.end;
  const line = successor.status.style === 'inline'
    ? `${eol}${successor.status.before.replace(/status/i, (word) => (word[0] === 'S' ? 'Supersedes' : 'supersedes'))}${linkTo(successor, old)}`
    : `${eol}${eol}Supersedes ${linkTo(successor, old)}`;
  return { uri: successor.uri, edits: [{ range: { start: end, end }, newText: line }] };
}

/** A markdown link from one decision to another, labelled the way the log names it. */
export function linkTo(from: CatalogEntry, to: CatalogEntry): string {
  const label = from.numbers.title !== null && to.number !== null && to.title !== null ? `${to.number}. ${to.title.text}` : to.id ?? to.title?.text ?? 'decision';
  const href = to.path !== null && from.path !== null ? relativePath(from.path, to.path) : to.uri;
  return `[${label}](${encodeURI(href)})`;
}

export function relativePath(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function firstWordOf(written: string): string {
  return /\p{L}[\p{L}\p{N}-]*/u.exec(written)?.[0] ?? '';
}

const STATUS_SYMBOL = /\p{Extended_Pictographic}/u;

/** What surrounds the status word: `✅ **` before, `**` after. A status emoji becomes the superseded one. */
function decorationOf(source: string, written: string): { lead: string; trail: string } {
  const firstWord = firstWordOf(written);
  const at = firstWord === '' ? -1 : source.toLowerCase().indexOf(firstWord.toLowerCase());
  if (at < 0) return { lead: '', trail: '' };
  let lead = source.slice(0, at);
  if (STATUS_SYMBOL.test(lead)) lead = lead.replace(/\p{Extended_Pictographic}\uFE0F?/u, '⌛️');
  const closing = /(\*\*|__|\*|_)\s*$/.exec(source)?.[1] ?? '';
  const trail = closing !== '' && lead.includes(closing) ? closing : '';
  return { lead, trail };
}
