import MarkdownIt, { type Env, type Token } from 'markdown-it';

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
const checking = new MarkdownIt('default', { html: true, linkify: false }).disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
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
  const tokens = parser.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body, env);
  return { tokens, referenceLabels: new Set(Object.keys(env.references ?? {})) };
}
