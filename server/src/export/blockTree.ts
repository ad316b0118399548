import type { Token } from 'markdown-it';
import { isOnlyComments, withoutComments } from '../engine/text/htmlComments';
import type { ExportBlock, InlineRun, ListItem, TableBlock, TableCell } from './exportModel';
import { inlineRuns } from './inlineRuns';

/** A top-level heading or block, before headings are grouped into sections. */
export type BodyItem = { readonly kind: 'heading'; readonly level: number; readonly inlines: readonly InlineRun[] } | { readonly kind: 'block'; readonly block: ExportBlock };

const TASK = /^\[([ xX])\]\s+/;

/** Turns markdown-it block tokens into headings and a tree of blocks. */
export function bodyItems(tokens: readonly Token[]): BodyItem[] {
  const cursor = { tokens, index: 0 };
  const items: BodyItem[] = [];
  while (cursor.index < tokens.length) {
    const token = tokens[cursor.index] as Token;
    if (token.type === 'heading_open') {
      items.push({ kind: 'heading', level: Number(token.tag.slice(1)), inlines: inlineRuns(tokens[cursor.index + 1]) });
      cursor.index += 3;
      continue;
    }
    const block = readBlock(cursor);
    if (block !== undefined) items.push({ kind: 'block', block });
  }
  return items;
}

interface Cursor {
  readonly tokens: readonly Token[];
  index: number;
}

/** Reads the block at the cursor and moves past it; undefined for tokens that show nothing. */
function readBlock(cursor: Cursor): ExportBlock | undefined {
  const token = cursor.tokens[cursor.index] as Token;
  switch (token.type) {
    case 'paragraph_open': {
      const inlines = inlineRuns(cursor.tokens[cursor.index + 1]);
      cursor.index += 3;
      return inlines.length > 0 ? { kind: 'paragraph', inlines } : undefined;
    }
    case 'heading_open': {
      // A heading inside a quote or list cannot start a section; it reads as a bold line.
      const inlines = inlineRuns(cursor.tokens[cursor.index + 1]).map((run) => ({ ...run, bold: true }));
      cursor.index += 3;
      return { kind: 'paragraph', inlines };
    }
    case 'bullet_list_open':
    case 'ordered_list_open':
      return readList(cursor);
    case 'table_open':
      return readTable(cursor);
    case 'blockquote_open': {
      cursor.index++;
      const blocks = readUntil(cursor, 'blockquote_close');
      return { kind: 'quote', blocks };
    }
    case 'fence':
    case 'code_block':
      cursor.index++;
      return { kind: 'code', language: token.info.trim().split(/\s+/)[0] ?? '', text: token.content.replace(/\n$/, '') };
    case 'hr':
      cursor.index++;
      return { kind: 'rule' };
    case 'html_block': {
      cursor.index++;
      const content = token.content.trim();
      // Raw HTML is shown as the text the author typed; comments are template prompts.
      if (content === '' || isOnlyComments(content)) return undefined;
      return { kind: 'paragraph', inlines: [{ text: withoutComments(content).trim() }] };
    }
    default:
      cursor.index++;
      return undefined;
  }
}

function readUntil(cursor: Cursor, closeType: string): ExportBlock[] {
  const blocks: ExportBlock[] = [];
  while (cursor.index < cursor.tokens.length && cursor.tokens[cursor.index]?.type !== closeType) {
    const block = readBlock(cursor);
    if (block !== undefined) blocks.push(block);
  }
  cursor.index++;
  return blocks;
}

function readList(cursor: Cursor): ExportBlock {
  const open = cursor.tokens[cursor.index] as Token;
  const ordered = open.type === 'ordered_list_open';
  const closeType = ordered ? 'ordered_list_close' : 'bullet_list_close';
  const start = Number(open.attrGet('start') ?? 1);
  cursor.index++;
  const items: ListItem[] = [];
  while (cursor.index < cursor.tokens.length && cursor.tokens[cursor.index]?.type !== closeType) {
    if (cursor.tokens[cursor.index]?.type !== 'list_item_open') {
      cursor.index++;
      continue;
    }
    cursor.index++;
    items.push(listItem(readUntil(cursor, 'list_item_close')));
  }
  cursor.index++;
  return { kind: 'list', ordered, start: Number.isFinite(start) ? start : 1, items };
}

/** The first paragraph is the item's text; task markers become a checked state. */
function listItem(blocks: ExportBlock[]): ListItem {
  const first = blocks[0];
  if (first?.kind !== 'paragraph') return { inlines: [], blocks };
  const inlines = [...first.inlines];
  const head = inlines[0];
  const task = head !== undefined && !head.code ? TASK.exec(head.text) : null;
  if (task !== null && head !== undefined) {
    inlines[0] = { ...head, text: head.text.slice(task[0].length) };
    return { inlines, checked: task[1] !== ' ', blocks: blocks.slice(1) };
  }
  return { inlines, blocks: blocks.slice(1) };
}

function readTable(cursor: Cursor): TableBlock {
  let header: TableCell[] = [];
  const rows: TableCell[][] = [];
  let row: TableCell[] | undefined;
  let inHead = false;
  for (cursor.index++; cursor.index < cursor.tokens.length; cursor.index++) {
    const token = cursor.tokens[cursor.index] as Token;
    if (token.type === 'table_close') break;
    if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && row !== undefined) {
      if (inHead) header = row;
      else rows.push(row);
      row = undefined;
    } else if ((token.type === 'th_open' || token.type === 'td_open') && row !== undefined) {
      row.push({ inlines: inlineRuns(cursor.tokens[cursor.index + 1]), align: cellAlign(token) });
    }
  }
  cursor.index++;
  return { kind: 'table', header, rows };
}

function cellAlign(token: Token): TableCell['align'] {
  const style = String(token.attrGet('style') ?? '');
  const match = /text-align:\s*(left|center|right)/.exec(style);
  return match?.[1] as TableCell['align'];
}
