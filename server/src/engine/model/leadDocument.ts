import type { Token } from 'markdown-it';
import { LineIndex } from '../text/lineIndex';
import type { Range } from '../text/positions';
import type { Block, Heading, Section } from './blocks';
import { parseFrontMatter, type FrontMatter } from './frontMatter';
import { headingKey } from './headingKey';
import { inlineText } from './inlineText';
import { parseMarkdownTokens } from './markdown';
import { isOnlyComments } from '../text/htmlComments';

/** Everything the rules know about one document, parsed once. */
export interface LeadDocument {
  readonly uri: string;
  /** POSIX path within the repository when the host knows it; used for detection and numbering. */
  readonly path: string | undefined;
  /** POSIX path within the open workspace folder, which a team's globs in settings are written against. */
  readonly workspacePath: string | undefined;
  readonly text: string;
  readonly lines: LineIndex;
  readonly frontMatter: FrontMatter | undefined;
  /** First line of the markdown body (after front matter). */
  readonly bodyStartLine: number;
  readonly headings: readonly Heading[];
  /** Sections in document order, at every level. */
  readonly sections: readonly Section[];
  /** Blocks before the first heading below level 1: where inline metadata lives. */
  readonly preamble: readonly Block[];
  /** Every block in document order. */
  readonly blocks: readonly Block[];
  /** Link reference labels defined in the body, so `[label]` is read as a link, not a placeholder. */
  readonly referenceLabels: ReadonlySet<string>;
}

export interface DocumentSource {
  readonly uri: string;
  /** Within the repository (up to the nearest `.git`), else the whole path; `/`-separated. */
  readonly path?: string;
  /** Within the workspace folder, when it differs from `path`; `path` is used when absent. */
  readonly workspacePath?: string;
  readonly text: string;
}

export function parseLeadDocument(source: DocumentSource): LeadDocument {
  const lines = new LineIndex(source.text);
  const frontMatter = parseFrontMatter(lines);
  const bodyStartLine = frontMatter === undefined ? 0 : frontMatter.closingLine + 1;
  const body = bodyStartLine === 0 ? source.text : source.text.slice(lines.offsetOfLine(bodyStartLine));
  const markdown = parseMarkdownTokens(body);
  const { headings, blocks, blockHeadingIndex } = collectBlocks(markdown.tokens, bodyStartLine, lines);
  return { uri: source.uri, path: source.path, workspacePath: source.workspacePath ?? source.path, text: source.text, lines, frontMatter, bodyStartLine, ...outlineOf({ headings, blocks, blockHeadingIndex }, lines.lineCount), referenceLabels: markdown.referenceLabels };
}

/** A body's headings and blocks as parsed: everything else of its outline follows from them. */
export interface BodyBlocks {
  readonly headings: readonly Heading[];
  readonly blocks: readonly Block[];
  /** For each block, the index of the heading it follows (-1 before any heading). */
  readonly blockHeadingIndex: readonly number[];
}

/**
 * The sections and preamble built from a body's headings and blocks. Also how an analysis made
 * in a worker thread gets its outline back: sections link to their parents, and sending the
 * blocks and headings alone costs the server's thread far less than a copy of every link.
 */
export function outlineOf(body: BodyBlocks, lineCount: number): Pick<LeadDocument, 'headings' | 'sections' | 'preamble' | 'blocks'> {
  const { headings, blocks, blockHeadingIndex } = body;
  const firstSubHeading = headings.find((h) => h.level > 1);
  const preamble = blocks.filter((b) => firstSubHeading === undefined || b.range.start.line < firstSubHeading.line);
  return { headings, blocks, preamble, sections: buildSections(headings, blocks, blockHeadingIndex, lineCount) };
}

interface Collected {
  headings: Heading[];
  blocks: Block[];
  blockHeadingIndex: number[];
}

function collectBlocks(tokens: Token[], lineOffset: number, lines: LineIndex): Collected {
  const headings: Heading[] = [];
  const blocks: Block[] = [];
  const blockHeadingIndex: number[] = [];
  let listDepth = -1;
  // A list item's text is its first paragraph; later paragraphs belong to the same item.
  let pendingItem: { range: Range; depth: number } | undefined;
  let tableRow: { cells: string[]; sourceCells: string[]; range: Range; header: boolean } | undefined;
  let tableHeader: readonly string[] | undefined;
  let inHeader = false;
  let quoteDepth = 0;

  const push = (block: Block): void => {
    blocks.push(block);
    blockHeadingIndex.push(headings.length - 1);
  };
  const rangeOfMap = (map: [number, number] | null): Range => {
    const start = (map?.[0] ?? 0) + lineOffset;
    const end = Math.max(start, (map?.[1] ?? 1) + lineOffset - 1);
    return { start: { line: start, character: 0 }, end: { line: end, character: lines.lineLength(end) } };
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        const line = (token.map?.[0] ?? 0) + lineOffset;
        const rawText = inline?.content ?? '';
        const text = collapseWhitespace(inlineText(inline));
        headings.push({
          level: Number(token.tag.slice(1)),
          text,
          key: headingKey(text),
          rawText,
          line,
          range: lines.lineRange(line),
        });
        i += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'list_item_open':
        pendingItem = { range: rangeOfMap(token.map), depth: listDepth };
        break;
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        if (pendingItem !== undefined) {
          push({ kind: 'listItem', text: inlineText(inline), range: pendingItem.range, depth: pendingItem.depth });
          pendingItem = undefined;
        } else {
          push({ kind: quoteDepth > 0 ? 'quote' : 'paragraph', text: inlineText(inline), range: rangeOfMap(token.map), depth: 0 });
        }
        i += 2;
        break;
      }
      case 'list_item_close':
        // An item with no paragraph (`- ` alone, or one holding only a sub-list) still counts.
        if (pendingItem !== undefined) {
          push({ kind: 'listItem', text: '', range: pendingItem.range, depth: pendingItem.depth });
          pendingItem = undefined;
        }
        break;
      case 'table_open':
        tableHeader = undefined;
        break;
      case 'thead_open':
        inHeader = true;
        break;
      case 'thead_close':
        inHeader = false;
        break;
      case 'tr_open':
        tableRow = { cells: [], sourceCells: [], range: rangeOfMap(token.map), header: inHeader };
        break;
      case 'inline':
        if (tableRow !== undefined) {
          tableRow.cells.push(inlineText(token));
          tableRow.sourceCells.push(token.content.trim());
        }
        break;
      case 'tr_close':
        if (tableRow !== undefined) {
          if (tableRow.header) tableHeader = tableRow.cells;
          push({
            kind: 'tableRow',
            text: tableRow.cells.join(' | '),
            range: tableRow.range,
            depth: 0,
            cells: tableRow.cells,
            sourceCells: tableRow.sourceCells,
            header: tableRow.header,
            ...(tableRow.header ? {} : { headerCells: tableHeader ?? [] }),
          });
          tableRow = undefined;
        }
        break;
      case 'fence':
      case 'code_block':
        flushItem();
        push({ kind: 'code', text: token.content, range: rangeOfMap(token.map), depth: 0 });
        break;
      case 'html_block': {
        flushItem();
        const content = token.content.trim();
        const isComment = isOnlyComments(content);
        push({ kind: isComment ? 'comment' : 'html', text: content, range: rangeOfMap(token.map), depth: 0 });
        break;
      }
      default:
        break;
    }
  }
  return { headings, blocks, blockHeadingIndex };

  function flushItem(): void {
    if (pendingItem !== undefined) {
      push({ kind: 'listItem', text: '', range: pendingItem.range, depth: pendingItem.depth });
      pendingItem = undefined;
    }
  }
}

// Whitespace a heading's text may hold besides single spaces: a line break, a tab, a run.
const UNUSUAL_WHITESPACE = /[^\S ]|\s\s/;

/** Runs of whitespace as one space, trimmed; most headings need no replacing at all. */
function collapseWhitespace(text: string): string {
  return (UNUSUAL_WHITESPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

function buildSections(headings: readonly Heading[], blocks: readonly Block[], blockHeadingIndex: readonly number[], lineCount: number): Section[] {
  type MutableSection = { heading: Heading; contentStartLine: number; endLine: number; blocks: Block[]; children: MutableSection[]; parent: MutableSection | undefined };
  // Built in a loop into a literal, not by `map`: an empty `map` result is an array of another
  // kind, and a document without headings sent every compiled reader of `sections` back to be
  // compiled again.
  const sections: MutableSection[] = [];
  const stack: MutableSection[] = [];
  for (const heading of headings) {
    const section: MutableSection = { heading, contentStartLine: heading.line + 1, endLine: lineCount, blocks: [], children: [], parent: undefined };
    sections.push(section);
    while (stack.length > 0 && (stack[stack.length - 1] as MutableSection).heading.level >= section.heading.level) {
      (stack.pop() as MutableSection).endLine = section.heading.line;
    }
    const parent = stack[stack.length - 1];
    if (parent !== undefined) {
      section.parent = parent;
      parent.children.push(section);
    }
    stack.push(section);
  }
  for (let index = 0; index < blocks.length; index++) {
    const owner = blockHeadingIndex[index] ?? -1;
    if (owner >= 0) sections[owner]?.blocks.push(blocks[index] as Block);
  }
  return sections;
}
