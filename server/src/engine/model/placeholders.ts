import { replaceComments, withoutComments } from '../text/htmlComments';

/**
 * Template text left in a document: MADR 3/4's `{…}`, MADR 2's `[…]`, and comment prompts.
 * The one definition: validation, the export's `[TODO: …]` flags and the preview's highlight
 * all read it (test/engine/placeholders.test.ts lists every form and why).
 */

// `{title of option}`, `{YYYY-MM-DD}`; not `${var}` (shell), `{{var}}` (someone's templating
// language), `{}` or a lone `{x}` in maths.
const BRACE_PLACEHOLDER = /(?<![${])\{(?=[^{}\n]*[A-Za-z]{2})[^{}\n]{2,600}\}(?!\})/g;
// MADR 2's `[short title of the solved problem]`: brackets that are not a link, an image, a
// footnote or a task box. One level of nested link is allowed (`[… | [ADR-5](0005-x.md)]`).
const BRACKET_PLACEHOLDER = /(?<![\\![\]])\[((?:[^[\]\n]|\[[^[\]\n]*\]\([^()[\]\n]*\))+)\](?![([:\]])/g;
// Starts only at the first tick of a run, so a run nothing closes is read once, not once per tick.
const CODE_SPAN = /(?<!`)(?=(`+))\1[^`]*`+|``+/g;
/** `{jira: PROJ-1, pr: 42}` is a YAML-ish flow mapping, not template text. */
const FLOW_MAPPING = /^\{\s*[\w"'-]+\s*:\s/;

export interface PlaceholderMatch {
  readonly index: number;
  readonly text: string;
}

/** Placeholders on one line of markdown, outside code spans and comments. */
export function findPlaceholders(line: string, referenceLabels: ReadonlySet<string> = new Set()): PlaceholderMatch[] {
  // One array literal for every answer, filled in a loop: an empty literal and a `map` result
  // are arrays of different kinds, and the rule reading them was compiled again for each.
  const found: PlaceholderMatch[] = [];
  if (!line.includes('{') && !line.includes('[')) return found;
  const masked = replaceComments(line, (m) => ' '.repeat(m.length)).replace(CODE_SPAN, (m) => ' '.repeat(m.length));
  const braces = [...masked.matchAll(BRACE_PLACEHOLDER)];
  const brackets = [...masked.matchAll(BRACKET_PLACEHOLDER)].filter((match) => looksLikeBracketPrompt(match[1] ?? '') && !referenceLabels.has(normalizeLabel(match[1] ?? '')));
  for (const match of [...braces, ...brackets].sort((a, b) => a.index - b.index)) found.push({ index: match.index, text: match[0] });
  return found;
}

/**
 * Whole-value template text, quoted or not: `"{proposed | accepted}"`, `[YYYY-MM-DD]`. MADR
 * 4.0.0's own template leaves the status brace unclosed, so an opening brace with a choice or
 * words after it is enough; a YAML-ish `{key: value}` mapping is not template text.
 */
export function isPlaceholderText(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.startsWith('{')) return /[A-Za-z]{2}/.test(trimmed) && !FLOW_MAPPING.test(trimmed) && !trimmed.startsWith('{{') && (trimmed.endsWith('}') || trimmed.includes(' | ') || /\s/.test(trimmed));
  return /^\[.*\]$/.test(trimmed) && looksLikeBracketPrompt(trimmed.slice(1, -1));
}

/** Text with template placeholders and comments blanked, for checks that must not count them as content. */
export function withoutTemplateText(text: string): string {
  const uncommented = replaceComments(text, () => ' ');
  // Most text holds no brace or bracket: a substring search is far cheaper than a pattern scan.
  const unbraced = uncommented.includes('{') ? uncommented.replace(BRACE_PLACEHOLDER, ' ') : uncommented;
  return unbraced.includes('[') ? unbraced.replace(BRACKET_PLACEHOLDER, (match, inner: string) => (looksLikeBracketPrompt(inner) ? ' ' : match)) : unbraced;
}

/** A line whose only words are an HTML comment: a bare template's prompt. Returns the comment. */
export function onlyCommentOnLine(line: string): PlaceholderMatch | undefined {
  if (!line.includes('<!--')) return undefined;
  const start = line.indexOf('<!--');
  const end = line.indexOf('-->', start + 4);
  if (end < 0) return undefined;
  const rest = withoutComments(line).replace(/^\s*(#{1,6}|[-*+]|\d+[.)])\s*/, '').trim();
  return rest === '' ? { index: start, text: line.slice(start, end + 3) } : undefined;
}

function looksLikeBracketPrompt(inner: string): boolean {
  const text = inner.trim();
  // Task boxes, footnotes, numbered citations and ids such as `[RFC 7231]` or `[ADR-12]` are not prompts.
  if (/^[ xX]?$/.test(text) || /^\d+$/.test(text) || text.startsWith('^') || /^[A-Z]{2,}[ -]?\d+$/.test(text)) return false;
  return text.includes('|') || text.includes('…') || text.includes('YYYY') || text.split(/\s+/).length >= 2;
}

/** markdown-it's key for a reference label: trimmed, whitespace collapsed, upper-cased. */
function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toUpperCase();
}
