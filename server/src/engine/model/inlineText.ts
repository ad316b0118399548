import type { Token } from 'markdown-it';
import { withoutComments } from '../text/htmlComments';

/**
 * Plain words of an inline token's source: emphasis, code ticks, links, images, HTML tags and
 * comments dropped, breaks made spaces. An approximation of rendering, cheap enough to run on
 * every block of every keystroke.
 *
 * Every pattern here is linear in the text (issue 8: 40 KB of `[` took 4.6 s). A scan that
 * can fail after reading far is either bounded by the character that starts the next attempt
 * (`[^[\]]` inside a link text) or may start only at the beginning of a run (`(?<!`)`).
 */
export function inlineText(token: Token | undefined): string {
  return token === undefined ? '' : plainText(token.content);
}

const MARKUP = /[\\`*_[<!&\n]/;
// `[text](url)` and `![alt](url "title")`, one level of parentheses inside the url.
const INLINE_LINK = /!?\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g;
// `[text][label]`
const REFERENCE_LINK = /!?\[([^[\]]*)\]\[[^[\]]*\]/g;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
// Strong emphasis may hold single `*`/`_` (nested emphasis) but never its own closing pair.
const STRONG = /\*\*(?=\S)((?:[^*]|\*(?!\*))*?\S)\*\*|__(?=\S)((?:[^_]|_(?!_))*?\S)__/g;
const EMPHASIS = /(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?!\w)/g;
// A run of two or more ticks that no later run closes is dropped all the same.
const CODE_SPAN = /(?<!`)(?=(`+))\1([^`]*)`+|``+/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|])/g;
const WHITESPACE_RUN = /\s+/g;

export function plainText(source: string): string {
  if (!MARKUP.test(source)) return source.trim();
  // Each step only where the character it needs is still there: most text has one kind of
  // markup or two, and a global replace scans the whole text even when it finds nothing.
  let text = withoutComments(source);
  if (text.includes('[')) text = text.replace(INLINE_LINK, '$1').replace(REFERENCE_LINK, '$1');
  if (text.includes('<')) text = text.replace(HTML_TAG, '');
  if (text.includes('*') || text.includes('_')) text = text.replace(STRONG, '$1$2').replace(EMPHASIS, '$1$2');
  if (text.includes('`')) text = text.replace(CODE_SPAN, '$2');
  if (text.includes('\\')) text = text.replace(ESCAPE, '$1');
  if (text.includes('&amp;')) text = text.replaceAll('&amp;', '&');
  if (text.includes('\n')) text = text.replace(WHITESPACE_RUN, (run) => (run.includes('\n') ? ' ' : run));
  return text.trim();
}
