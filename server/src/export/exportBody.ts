import type { Token } from 'markdown-it';
import type { LeadDocument } from '../engine/model/leadDocument';
import { parseMarkdownFully } from '../engine/model/markdown';
import { isOnlyComments } from '../engine/text/htmlComments';

/** One line of the body as the Markdown export copies it. */
export interface BodyLine {
  readonly text: string;
  /** Code is copied as written; a comment-only HTML block is dropped; a heading loses its attributes. */
  readonly kind: 'prose' | 'code' | 'comment' | 'heading';
}

/** What every format reads of the body: tokens for the block tree and HTML, lines for Markdown. */
export interface ExportBody {
  /** markdown-it tokens (blocks and inline), whole top-level blocks only. */
  readonly tokens: readonly Token[];
  readonly referenceLabels: ReadonlySet<string>;
  readonly lines: readonly BodyLine[];
}

/** Document lines `[start, end)` to leave out. */
export interface LineCut {
  readonly start: number;
  readonly end: number;
}

/**
 * Parses the body once (the only markdown parse of an export or a preview) and keeps what is
 * not cut; the title heading is taken out unless `keep` says otherwise, and its inline tokens
 * are handed back for the title. A top-level block that overlaps a cut goes whole, so a confidential heading nested
 * in a list never leaves part of its section behind.
 */
export function readExportBody(document: LeadDocument, cuts: readonly LineCut[], title: { readonly line: number; readonly keep: boolean } | undefined): { body: ExportBody; titleInline: Token | undefined } {
  const bodyStartLine = document.bodyStartLine;
  const body = bodyStartLine === 0 ? document.text : document.text.slice(document.lines.offsetOfLine(bodyStartLine));
  const { tokens, referenceLabels } = parseMarkdownFully(body);

  const dropped = new Uint8Array(document.lines.lineCount);
  for (const cut of cuts) dropped.fill(1, cut.start, cut.end);
  const kinds: Array<BodyLine['kind']> = Array.from({ length: document.lines.lineCount }, () => 'prose');
  const kept: Token[] = [];
  let titleInline: Token | undefined;
  for (const block of topLevelBlocks(tokens)) {
    const start = (block[0]?.map?.[0] ?? 0) + bodyStartLine;
    const end = (block[0]?.map?.[1] ?? 0) + bodyStartLine;
    const isTitle = start === title?.line && block[0]?.type === 'heading_open';
    if (isTitle) titleInline = block[1];
    if ((isTitle && !title.keep) || dropped.subarray(start, end).includes(1)) {
      dropped.fill(1, start, end);
      continue;
    }
    kept.push(...block);
    for (const token of block) markLines(token, bodyStartLine, kinds);
  }

  const lines: BodyLine[] = [];
  for (let line = bodyStartLine; line < document.lines.lineCount; line++) {
    if (dropped[line] === 0) lines.push({ text: document.lines.lineText(line), kind: kinds[line] ?? 'prose' });
  }
  return { body: { tokens: kept, referenceLabels, lines }, titleInline };
}

/** Each top-level block's tokens, from its opening token to its closing one. */
function* topLevelBlocks(tokens: readonly Token[]): Generator<Token[]> {
  let start = 0;
  let depth = 0;
  for (let index = 0; index < tokens.length; index++) {
    depth += (tokens[index] as Token).nesting;
    if (depth === 0) {
      yield tokens.slice(start, index + 1);
      start = index + 1;
    }
  }
}

function markLines(token: Token, bodyStartLine: number, kinds: Array<BodyLine['kind']>): void {
  if (token.map === null) return;
  const [start, end] = [token.map[0] + bodyStartLine, token.map[1] + bodyStartLine];
  if (token.type === 'fence' || token.type === 'code_block') kinds.fill('code', start, end);
  else if (token.type === 'html_block' && isOnlyComments(token.content)) kinds.fill('comment', start, end);
  else if (token.type === 'heading_open') kinds[start] = 'heading';
}
