import type { Token } from 'markdown-it';

/** Plain text of an inline token: markup, HTML and comments dropped, breaks made spaces. */
export function inlineText(token: Token | undefined): string {
  if (token === undefined) return '';
  const children = token.children;
  if (children === null) return token.content;
  let text = '';
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        text += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        text += ' ';
        break;
      case 'image':
        text += inlineText(child);
        break;
      default:
        break;
    }
  }
  return text.trim();
}
