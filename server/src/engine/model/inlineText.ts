import type { Token } from 'markdown-it';

/**
 * Plain words of an inline token's source: emphasis, code ticks, links, images, HTML tags and
 * comments dropped, breaks made spaces. An approximation of rendering, cheap enough to run on
 * every block of every keystroke.
 */
export function inlineText(token: Token | undefined): string {
  return token === undefined ? '' : plainText(token.content);
}

export function plainText(source: string): string {
  if (!/[\\`*_[<!&\n]/.test(source)) return source.trim();
  return source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?!\w)/g, '$1$2')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/&amp;/g, '&')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
