import MarkdownIt, { type Env, type Token } from 'markdown-it';

/**
 * The export's own parser, apart from the engine's: the engine may skip inline parsing for
 * speed, while an export needs every emphasis, link and code span. `html: true` so comments
 * and raw HTML arrive as tokens the export can drop or show as text; nothing is rendered here.
 */
const parser = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

export function parseExportTokens(markdown: string): Token[] {
  return parser.parse(markdown, {});
}

/** Tokens and the labels of link reference definitions, so `[label]` reads as a link, not a prompt. */
export function parseExportMarkdown(markdown: string): { tokens: Token[]; referenceLabels: ReadonlySet<string> } {
  const env: Env = {};
  const tokens = parser.parse(markdown, env);
  return { tokens, referenceLabels: new Set(Object.keys(env.references ?? {})) };
}
