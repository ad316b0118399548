import { cleanMarkdown } from '../cleanMarkdown';
import type { ExportModel } from '../exportModel';
import { flagPlaceholders, markPlaceholders } from '../placeholders';

/**
 * Markdown ready to paste into a wiki or an email: no front matter (its facts become one
 * line under the title), no template comments, and every `{…}` placeholder turned into a
 * bold TODO so nobody sends it unnoticed.
 */
export function renderMarkdown(model: ExportModel): string {
  const header = model.header.map((field) => `**${escapeMarkdownText(field.label)}:** ${factText(field.value)}`).join(' · ');
  const parts = [flagPlaceholders(`# ${model.title}`), header, cleanMarkdown(model.body, { flagPlaceholders: true })];
  return parts.filter((part) => part.trim() !== '').join('\n\n') + '\n';
}

/** A front matter value in the facts line: placeholders flagged, everything else literal text. */
function factText(value: string): string {
  return markPlaceholders(value, (placeholder) => flagPlaceholders(placeholder), escapeMarkdownText);
}

/**
 * Plain text as markdown that reads back as the same text on one line: a value such as
 * `[click](javascript:…)`, `<img onerror=…>`, `**` or a line break starting `# Heading`
 * must not become a link, HTML, emphasis or a new block in the pasted document.
 */
export function escapeMarkdownText(text: string): string {
  // Whitespace runs are matched whole (a run holding a line break becomes one space): `\s*\n\s*`
  // would rescan a long run of spaces from each of them.
  return text.replace(/\s+/g, (run) => (/[\r\n\u2028\u2029]/.test(run) ? ' ' : run)).replace(/[\\`*_[\]<>|~&!#]/g, (char) => `\\${char}`);
}
