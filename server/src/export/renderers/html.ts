import MarkdownIt, { type Env, type Token } from 'markdown-it';
import { isOnlyComments, withoutComments } from '../../engine/text/htmlComments';
import type { ExportBody } from '../exportBody';
import { splitHeadingAttributes } from '../headingAttributes';
import type { ExportModel } from '../exportModel';
import { markPlaceholders } from '../placeholders';
import { safeHref } from '../safeLink';
import { HTML_STYLES } from './htmlStyles';

/**
 * Defence in depth: even if markup slipped through, the page may load nothing and run
 * nothing. Inline styles are the page's only resource.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

/** One self-contained page: inline CSS, no script, no external request. */
export function renderHtml(model: ExportModel): string {
  const body = renderHtmlBody(model.body);
  const fields = model.header.map((field) => `<dt>${escapeHtml(field.label)}</dt><dd>${escapeHtml(field.value)}</dd>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Leaddocs">
<title>${escapeHtml(model.title)}</title>
<style>${HTML_STYLES}</style>
</head>
<body>
<main>
<header class="header-card">
<h1>${escapeHtml(model.title)}</h1>
${fields === '' ? '' : `<dl>${fields}</dl>`}
</header>
${body}
</main>
</body>
</html>
`;
}

/** A body fragment with the export's rules; the preview panel shows the same HTML. */
export function renderHtmlBody(body: Pick<ExportBody, 'tokens' | 'referenceLabels'>): string {
  const env: RenderEnv = { referenceLabels: body.referenceLabels, unsafeLinks: [] };
  return renderer.render(readerTokens(body.tokens), htmlRenderer.options, env);
}

interface RenderEnv extends Env {
  readonly referenceLabels: ReadonlySet<string>;
  /** For each open link, whether its target was unsafe and so rendered as text. */
  readonly unsafeLinks: boolean[];
}

const TASK = /^\[([ xX])\]\s+/;

/**
 * Renders the tokens the export parsed (with `html: true`, so comments are tokens to drop):
 * raw HTML shows as text, links to unsafe schemes stay text, images become links so the page
 * never fetches anything, and template placeholders are highlighted. Created once.
 */
const htmlRenderer = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
const renderer = htmlRenderer.renderer;
renderer.rules.html_block = (tokens, index) => {
  const content = tokens[index]?.content ?? '';
  if (isOnlyComments(content)) return '';
  const shown = withoutComments(content).trim();
  return shown === '' ? '' : `<p>${escapeHtml(shown)}</p>\n`;
};
renderer.rules.html_inline = (tokens, index) => escapeHtml(withoutComments(tokens[index]?.content ?? ''));
renderer.rules.image = (tokens, index) => {
  const token = tokens[index];
  const src = safeHref(token?.attrGet('src'));
  const alt = escapeHtml(token?.content || 'image');
  return src === undefined ? `[${alt}]` : `<a href="${escapeHtml(src)}" rel="noopener noreferrer">[image: ${alt}]</a>`;
};
renderer.rules.link_open = (tokens, index, _options, env) => {
  const href = safeHref(tokens[index]?.attrGet('href'));
  (env as RenderEnv).unsafeLinks.push(href === undefined);
  if (href === undefined) return '';
  const title = tokens[index]?.attrGet('title');
  return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(String(title))}"` : ''} rel="noopener noreferrer">`;
};
renderer.rules.link_close = (_tokens, _index, _options, env) => ((env as RenderEnv).unsafeLinks.pop() === true ? '' : '</a>');
renderer.rules.text = (tokens, index, _options, env) =>
  markPlaceholders(tokens[index]?.content ?? '', (placeholder) => `<mark class="placeholder">${escapeHtml(placeholder)}</mark>`, escapeHtml, (env as RenderEnv).referenceLabels);

/**
 * The tokens as a reader sees them: heading attributes (`{.confidential}`) gone, and `- [x] done`
 * as a check box glyph rather than an <input>, which keeps the page inert. Changed tokens are
 * copies: the export model's tokens stay as parsed.
 */
function readerTokens(tokens: readonly Token[]): Token[] {
  return tokens.map((token, index) => {
    const opener = tokens[index - 1]?.type === 'heading_open' ? 'heading' : tokens[index - 2]?.type === 'list_item_open' ? 'item' : undefined;
    if (token.type !== 'inline' || opener === undefined || token.children === null) return token;
    const children = [...token.children];
    if (opener === 'heading') {
      const last = children.length - 1;
      const text = children[last];
      const attributesGone = text?.type === 'text' ? splitHeadingAttributes(text.content).text : undefined;
      // The text after a code span starts with its space; only a trailing attribute block goes.
      if (text === undefined || attributesGone === undefined || attributesGone === text.content.trim()) return token;
      children[last] = withContent(text, `${/^\s*/.exec(text.content)?.[0] ?? ''}${attributesGone}`);
    } else {
      const first = children[0];
      const task = first?.type === 'text' ? TASK.exec(first.content) : null;
      if (first === undefined || task === null) return token;
      children[0] = withContent(first, `${task[1] === ' ' ? '\u2610' : '\u2611'} ${first.content.slice(task[0].length)}`);
    }
    return Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token, { children });
  });
}

function withContent(token: Token, content: string): Token {
  return Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token, { content });
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
