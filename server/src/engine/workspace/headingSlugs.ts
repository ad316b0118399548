import { textMemo } from '../text/textMemo';

/**
 * Anchors the way GitHub writes them for a document's headings (`## Decision Outcome` →
 * `decision-outcome`; a repeated heading gets `-1`, `-2`), since that is where ADR links point.
 */
export function headingSlugs(headingTexts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  // A loop into a literal, not `map`: an empty `map` result is an array of another kind, and a
  // document without headings then sent the compiled catalogue code back to be compiled again.
  const slugs: string[] = [];
  for (const text of headingTexts) {
    const base = slugOf(text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    slugs.push(count === 0 ? base : `${base}-${count}`);
  }
  return slugs;
}

// Most headings are plain ASCII words; they skip the Unicode-aware pass, which costs ten times more.
const PLAIN_ASCII = /^[A-Za-z0-9 _-]*$/;

/** A heading's slug; headings repeat across a workspace's documents, so each is worked out once. */
export const slugOf = textMemo(computeSlug);

function computeSlug(text: string): string {
  const trimmed = text.trim().toLowerCase();
  if (PLAIN_ASCII.test(trimmed)) return trimmed.replaceAll(' ', '-');
  return trimmed.replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '').replace(/\s/g, '-');
}
