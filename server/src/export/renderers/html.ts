import MarkdownIt, { type Env } from 'markdown-it';
import { cleanMarkdown } from '../cleanMarkdown';
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
  const body = renderHtmlBody(model.markdown);
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
export function renderHtmlBody(markdown: string): string {
  return exportMarkdownIt().render(cleanMarkdown(markdown, { flagPlaceholders: false }));
}

/**
 * `html: false` shows raw HTML as text. Links to unsafe schemes stay text; images become
 * links so the page never fetches anything; template placeholders are highlighted.
 */
function exportMarkdownIt(): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  md.validateLink = (url) => safeHref(url) !== undefined;
  md.renderer.rules.image = (tokens, index) => {
    const token = tokens[index];
    const src = safeHref(token?.attrGet('src'));
    const alt = escapeHtml(token?.content || 'image');
    return src === undefined ? `[${alt}]` : `<a href="${escapeHtml(src)}" rel="noopener noreferrer">[image: ${alt}]</a>`;
  };
  md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
    tokens[index]?.attrSet('rel', 'noopener noreferrer');
    return self.renderToken(tokens, index, options);
  };
  md.renderer.rules.text = (tokens, index, _options, env) => {
    const labels = new Set(Object.keys((env as Env).references ?? {}));
    return markPlaceholders(tokens[index]?.content ?? '', (placeholder) => `<mark class="placeholder">${escapeHtml(placeholder)}</mark>`, escapeHtml, labels);
  };
  md.core.ruler.push('leaddocs_task_items', (state) => {
    // `- [x] done` reads as a check box; a glyph, not an <input>, keeps the page inert.
    state.tokens.forEach((token, index) => {
      const first = token.type === 'inline' && state.tokens[index - 2]?.type === 'list_item_open' ? token.children?.[0] : undefined;
      const task = first?.type === 'text' ? /^\[([ xX])\]\s+/.exec(first.content) : null;
      if (first !== undefined && task !== null) first.content = `${task[1] === ' ' ? '\u2610' : '\u2611'} ${first.content.slice(task[0].length)}`;
    });
    return true;
  });
  return md;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
