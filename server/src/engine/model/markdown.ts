import MarkdownIt, { type Env, type Token } from 'markdown-it';

/**
 * How many containers (lists, quotes) deep the checking parser reads; deeper lines are read
 * again from the margin (see `parseWithoutSwallowing`). At every level markdown-it tries the
 * rest of the line as a thematic break, so a line of `- - - …` cost this many scans of itself:
 * 64 KB of it took 60 ms at markdown-it's default of 100 (found by `npm run fuzz`), 10 ms at 20.
 * No document a person writes nests lists and quotes twenty deep.
 */
export const CHECKED_NESTING = 20;

/**
 * The two configured markdown-it instances, each created once. `html: true` in both so comments
 * arrive as their own tokens (they are prompts and markers in ADR templates) and raw HTML as
 * tokens a renderer can show as text; nothing here is ever rendered.
 *
 * - checking: what the engine parses on every keystroke. Inline parsing is switched off: rules
 *   need a block's plain words, which `plainText` gets from the source for a fraction of what
 *   markdown-it's inline pass costs.
 * - reading: every emphasis, link and code span, for export and preview. They read a document
 *   once per request, from the analysis, never on a keystroke.
 */
const checking = new MarkdownIt('default', { html: true, linkify: false, maxNesting: CHECKED_NESTING }).disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
const reading = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

export interface ParsedMarkdown {
  readonly tokens: Token[];
  /** Labels of link reference definitions (`[label]: url`), upper-cased as markdown-it keys them. */
  readonly referenceLabels: ReadonlySet<string>;
}

export type MarkdownParseKind = 'checking' | 'reading';

const parseObservers = new Set<(kind: MarkdownParseKind) => void>();

/**
 * Calls `observer` on every parse until the returned function is called: how a test proves
 * that one request parses a document once. Nothing observes in production.
 */
export function observeMarkdownParses(observer: (kind: MarkdownParseKind) => void): () => void {
  parseObservers.add(observer);
  return () => parseObservers.delete(observer);
}

/** Block structure only, for the engine's rules. */
export function parseMarkdownTokens(body: string): ParsedMarkdown {
  return parseWith(checking, 'checking', body);
}

/** Blocks and inline content, for export and preview. */
export function parseMarkdownFully(body: string): ParsedMarkdown {
  return parseWith(reading, 'reading', body);
}

function parseWith(parser: InstanceType<typeof MarkdownIt>, kind: MarkdownParseKind, body: string): ParsedMarkdown {
  for (const observer of parseObservers) observer(kind);
  const env: Env = {};
  // A byte order mark would make a first `# Title` a paragraph; token maps are by line, so
  // dropping it moves nothing.
  const tokens = parseWithoutSwallowing(parser, body.charCodeAt(0) === 0xfeff ? body.slice(1) : body, env);
  return { tokens, referenceLabels: new Set(Object.keys(env.references ?? {})) };
}

/** Re-parsing after deep nesting may cost this many times a plain parse, then the rest stays as parsed. */
const MAX_REPARSE_FACTOR = 4;

/**
 * markdown-it stops descending at `maxNesting` containers and hands everything up to the end of
 * the enclosing container to the one it stopped in. For a list that is the rest of the file:
 * fifty nested list items swallowed every heading after them, and a "missing section" fix then
 * inserted a heading nobody would see (found by fuzzing). So where it stopped, the open
 * containers are closed and the rest is parsed again from the margin: the too-deep lines read
 * as code or paragraphs, and every heading after them is a heading again.
 */
function parseWithoutSwallowing(parser: InstanceType<typeof MarkdownIt>, text: string, env: Env): Token[] {
  const maxNesting = parser.options.maxNesting ?? 100;
  const tokens: Token[] = [];
  let startLine = 0;
  let startOffset = 0;
  let reparseBudget = text.length * MAX_REPARSE_FACTOR;
  for (;;) {
    const chunk = parser.parse(startOffset === 0 ? text : text.slice(startOffset), env);
    const stopped = chunk.findIndex((token) => token.nesting === 1 && token.level >= maxNesting - 1);
    const stopLine = stopped < 0 ? 0 : ((chunk[stopped] as Token).map?.[0] ?? 0);
    // A line that opens every level by itself (`> > > …`) cannot be read again from the margin.
    const restartLine = Math.max(stopLine, 1);
    const restartOffset = stopped < 0 ? -1 : offsetOfLine(text, startOffset, restartLine);
    // The whole parse when nothing was cut short: usually the only chunk, returned as it is.
    if (stopped < 0 || restartOffset < 0 || text.length - restartOffset > reparseBudget) return tokens.length === 0 ? shiftLines(chunk, startLine) : append(tokens, shiftLines(chunk, startLine));
    reparseBudget -= text.length - restartOffset;
    const kept = chunk.slice(0, Math.min(stopped, firstTokenFrom(chunk, restartLine)));
    append(tokens, shiftLines(closeOpenContainers(kept, restartLine), startLine));
    startLine += restartLine;
    startOffset = restartOffset;
  }
}

/** `into.push(...more)` without spreading: a 10 MB document's hundreds of thousands of tokens overflow the stack as arguments. */
function append(into: Token[], more: readonly Token[]): Token[] {
  for (const token of more) into.push(token);
  return into;
}

function firstTokenFrom(tokens: readonly Token[], line: number): number {
  const index = tokens.findIndex((token) => token.map !== null && token.map[0] >= line);
  return index < 0 ? tokens.length : index;
}

/** The kept tokens with every container still open closed, none reaching past `endLine`. */
function closeOpenContainers(tokens: Token[], endLine: number): Token[] {
  const open: Token[] = [];
  for (const token of tokens) {
    if (token.map !== null && token.map[1] > endLine) token.map = [token.map[0], endLine];
    if (token.nesting === 1) open.push(token);
    else if (token.nesting === -1) open.pop();
  }
  const closing = open.reverse().map((opening) => {
    const close = new MarkdownIt.Token(opening.type.replace(/_open$/, '_close'), opening.tag, -1);
    close.level = opening.level;
    close.markup = opening.markup;
    close.block = true;
    return close;
  });
  return [...tokens, ...closing];
}

function shiftLines(tokens: Token[], lines: number): Token[] {
  if (lines > 0) for (const token of tokens) if (token.map !== null) token.map = [token.map[0] + lines, token.map[1] + lines];
  return tokens;
}

/** Offset of the `line`-th line after `from`, counting line breaks as markdown-it does; -1 past the end. */
function offsetOfLine(text: string, from: number, line: number): number {
  let offset = from;
  for (let seen = 0; seen < line; seen++) {
    const next = nextLineStart(text, offset);
    if (next < 0) return -1;
    offset = next;
  }
  return offset;
}

function nextLineStart(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) return index + 1;
    if (code === 13) return text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1;
  }
  return -1;
}
