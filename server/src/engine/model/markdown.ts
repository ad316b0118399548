import MarkdownIt, { type Env, type Token } from 'markdown-it';

/**
 * One parser for the whole engine. `html: true` so comments arrive as their own tokens
 * (they are prompts and markers in ADR templates); nothing here is ever rendered.
 * Inline parsing is switched off: rules need a block's plain words, which `plainText` gets
 * from the source for a fraction of what markdown-it's inline pass costs on every keystroke.
 */
const parser = new MarkdownIt('default', { html: true, linkify: false }).disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);

export interface ParsedMarkdown {
  readonly tokens: Token[];
  /** Labels of link reference definitions (`[label]: url`), upper-cased as markdown-it keys them. */
  readonly referenceLabels: ReadonlySet<string>;
}

export function parseMarkdownTokens(body: string): ParsedMarkdown {
  const env: Env = {};
  const tokens = parser.parse(body, env);
  return { tokens, referenceLabels: new Set(Object.keys(env.references ?? {})) };
}
