import { withoutComments } from '../engine/text/htmlComments';
import type { ExportBody } from './exportBody';
import { splitHeadingAttributes } from './headingAttributes';
import { flagPlaceholders } from './placeholders';

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
    let text = withoutComments(line.text);
    if (line.kind === 'heading') text = headingWithoutAttributes(text);
    // A line that held only a comment disappears rather than leaving a stray blank.
    if (text.trim() === '' && line.text.trim() !== '') return [];
    text = text.trimEnd();
    return [options.flagPlaceholders ? flagPlaceholders(text, body.referenceLabels) : text];
  });
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function headingWithoutAttributes(line: string): string {
  const opening = /^\s{0,3}#{1,6}\s+/.exec(line)?.[0];
  if (opening === undefined) return line;
  // The closing `##` of an ATX heading; it starts only where a run of spaces does, so each run is read once.
  const text = line.slice(opening.length).replace(/(?<!\s)\s+#+\s*$/, '');
  return `${opening}${splitHeadingAttributes(text).text}`;
}
