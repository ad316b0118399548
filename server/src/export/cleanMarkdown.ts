import type { ExportBody } from './exportBody';
import { splitHeadingAttributes } from './headingAttributes';
import { flagPlaceholders } from './placeholders';

const COMMENT = /<!--[\s\S]*?-->/g;

export interface CleanOptions {
  /** Rewrite placeholders as `**[TODO: …]**`; off when the renderer marks them itself. */
  readonly flagPlaceholders: boolean;
}

/**
 * The body as a reader should get it: template comments and heading attributes removed,
 * code blocks untouched. Reads the lines the export body already classified; parses nothing.
 */
export function cleanMarkdown(body: ExportBody, options: CleanOptions): string {
  const lines = body.lines.flatMap((line) => {
    if (line.kind === 'comment') return [];
    if (line.kind === 'code') return [line.text];
    let text = line.text.replace(COMMENT, '');
    if (line.kind === 'heading') text = headingWithoutAttributes(text);
    // A line that held only a comment disappears rather than leaving a stray blank.
    if (text.trim() === '' && line.text.trim() !== '') return [];
    text = text.trimEnd();
    return [options.flagPlaceholders ? flagPlaceholders(text, body.referenceLabels) : text];
  });
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function headingWithoutAttributes(line: string): string {
  const match = /^(\s{0,3}#{1,6}\s+)(.*?)(\s+#+\s*)?$/.exec(line);
  if (match === null) return line;
  return `${match[1]}${splitHeadingAttributes(match[2] ?? '').text}`;
}
