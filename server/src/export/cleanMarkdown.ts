import { parseExportMarkdown } from './exportMarkdownParser';
import { splitHeadingAttributes } from './headingAttributes';
import { codeLines, flagPlaceholders } from './placeholders';

const COMMENT = /<!--[\s\S]*?-->/g;
const COMMENT_ONLY = /^(\s*<!--[\s\S]*?-->\s*)+$/;

export interface CleanOptions {
  /** Rewrite placeholders as `**[TODO: …]**`; off when the renderer marks them itself. */
  readonly flagPlaceholders: boolean;
}

/**
 * The body as a reader should get it: template comments and heading attributes removed,
 * code blocks untouched. Shared by the Markdown and HTML exports.
 */
export function cleanMarkdown(markdown: string, options: CleanOptions): string {
  const { tokens, referenceLabels } = parseExportMarkdown(markdown);
  const code = codeLines(tokens);
  const dropped = new Set<number>();
  const headingLines = new Set<number>();
  for (const token of tokens) {
    if (token.map === null) continue;
    if (token.type === 'html_block' && COMMENT_ONLY.test(token.content)) {
      for (let line = token.map[0]; line < token.map[1]; line++) dropped.add(line);
    }
    if (token.type === 'heading_open') headingLines.add(token.map[0]);
  }
  const lines = markdown.split('\n').flatMap((line, index) => {
    if (dropped.has(index)) return [];
    if (code.has(index)) return [line];
    let text = line.replace(COMMENT, '');
    if (headingLines.has(index)) text = headingWithoutAttributes(text);
    // A line that held only a comment disappears rather than leaving a stray blank.
    if (text.trim() === '' && line.trim() !== '') return [];
    text = text.trimEnd();
    return [options.flagPlaceholders ? flagPlaceholders(text, referenceLabels) : text];
  });
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function headingWithoutAttributes(line: string): string {
  const match = /^(\s{0,3}#{1,6}\s+)(.*?)(\s+#+\s*)?$/.exec(line);
  if (match === null) return line;
  return `${match[1]}${splitHeadingAttributes(match[2] ?? '').text}`;
}
