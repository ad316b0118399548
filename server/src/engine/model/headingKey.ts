import { replaceComments } from '../text/htmlComments';

const SIMPLE_HEADING = /^[A-Za-z][A-Za-z ]*$/;

/**
 * The form a heading is compared in: real headings carry numbering, trailing colons,
 * `<!-- optional -->` markers and odd capitals that must not stop them matching a section.
 */
export function headingKey(text: string): string {
  // Most headings are plain words; they need none of the clean-up below.
  if (SIMPLE_HEADING.test(text)) return (text.includes('  ') ? text.toLowerCase().replace(/ {2,}/g, ' ') : text.toLowerCase()).trim();
  return replaceComments(text, () => ' ')
    .replace(/\((optional|required)\)/gi, ' ')
    .toLowerCase()
    .replace(/^\s*(\d+(\.\d+)*|[ivx]+|[a-z])[.)]\s+/, '')
    .replace(/[*_`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
