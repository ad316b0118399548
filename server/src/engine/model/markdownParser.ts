import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

/**
 * One parser for the whole engine. `html: true` so comments arrive as their own tokens
 * (they are prompts and markers in ADR templates); nothing here is ever rendered.
 */
const parser = new MarkdownIt('default', { html: true, linkify: false });

export function parseMarkdownTokens(body: string): Token[] {
  return parser.parse(body, {});
}
