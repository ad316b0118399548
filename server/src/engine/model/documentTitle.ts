import type { LeadDocument } from './leadDocument';
import type { Range } from '../text/positions';

export interface DocumentTitle {
  readonly text: string;
  /** A number written in the title (`# 12. Use X`, `# ADR-0012: Use X`). */
  readonly number: number | null;
  readonly range: Range;
}

// `1. Title`, `ADR 001: Title`, `ADR-0012 Title`, `ADR-12 - Title`, `0012 Title`
const NUMBERED_TITLE = /^(?:(?:ADR|RFC|DR)[\s-]*)?(\d{1,5})(?:[.:)]|\s+-|\s*:)?\s+(\S.*)$/i;

/** The title: the first H1, else front matter `title`. Numbers in it are read off. */
export function readTitle(document: LeadDocument): DocumentTitle | null {
  const h1 = document.headings.find((heading) => heading.level === 1);
  if (h1 !== undefined) {
    const match = NUMBERED_TITLE.exec(h1.text);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      return { text: match[2].trim(), number: Number(match[1]), range: h1.range };
    }
    return { text: h1.text, number: null, range: h1.range };
  }
  const entry = document.frontMatter?.entries.get('title');
  if (entry !== undefined && typeof entry.value === 'string' && entry.value.trim() !== '') {
    return { text: entry.value.trim(), number: null, range: entry.valueRange };
  }
  return null;
}
