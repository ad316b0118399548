import { cleanMarkdown } from '../cleanMarkdown';
import type { ExportModel } from '../exportModel';
import { flagPlaceholders } from '../placeholders';

/**
 * Markdown ready to paste into a wiki or an email: no front matter (its facts become one
 * line under the title), no template comments, and every `{…}` placeholder turned into a
 * bold TODO so nobody sends it unnoticed.
 */
export function renderMarkdown(model: ExportModel): string {
  const header = model.header.map((field) => `**${field.label}:** ${field.value}`).join(' · ');
  const parts = [flagPlaceholders(`# ${model.title}`), flagPlaceholders(header), cleanMarkdown(model.body, { flagPlaceholders: true })];
  return parts.filter((part) => part.trim() !== '').join('\n\n') + '\n';
}
