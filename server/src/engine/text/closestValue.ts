/**
 * Picks the allowed value an author most likely meant: `accpeted` → `accepted`, `week` →
 * `weekly`, `sev2` → `SEV2`. Unambiguous only when one candidate is clearly nearest (same word
 * in other case, a unique prefix, or one typo away with no other candidate as close).
 */
export interface ClosestValue<T> {
  readonly value: T;
  readonly unambiguous: boolean;
}

/** `spellingsOf` lists the words that mean a candidate (a status and its aliases); its nearest counts. */
export function closestValue<T>(written: string, candidates: readonly T[], spellingsOf: (candidate: T) => readonly string[] = (candidate) => [String(candidate)]): ClosestValue<T> | undefined {
  const target = normalize(written);
  if (target === '') return undefined;
  // One pass, keeping the first of the nearest and the runner-up's score (what sorting by score gave).
  let best: { candidate: T; score: number; length: number } | undefined;
  let secondScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    let score = Number.POSITIVE_INFINITY;
    let length = 0;
    let first = true;
    for (const word of spellingsOf(candidate)) {
      const normalized = normalizeCandidate(word);
      const wordScore = distance(target, normalized);
      if (first || wordScore < score) {
        score = wordScore;
        length = normalized.length;
        first = false;
      }
    }
    if (best === undefined) best = { candidate, score, length };
    else if (score < best.score) {
      secondScore = best.score;
      best = { candidate, score, length };
    } else if (score < secondScore) secondScore = score;
  }
  if (best === undefined) return undefined;
  const longest = Math.max(target.length, best.length);
  if (best.score > Math.max(2, Math.floor(longest / 3))) return undefined;
  const unambiguous = best.score <= 1 && (candidates.length < 2 || secondScore > best.score);
  return { value: best.candidate, unambiguous };
}

// Candidates come from specs (statuses, enums), so the same few words are normalised on every
// document; remembering them is bounded by what the specs hold. What an author wrote is not kept.
const normalizedCandidates = new Map<string, string>();

function normalize(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function normalizeCandidate(word: string): string {
  let normalized = normalizedCandidates.get(word);
  if (normalized === undefined) normalizedCandidates.set(word, (normalized = normalize(word)));
  return normalized;
}

/** 0 for the same word, 0.5 for a prefix, else the optimal string alignment distance. */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length >= 3 && (b.startsWith(a) || a.startsWith(b))) return 0.5;
  // The distance is at least the difference in length. Past what closestValue would accept, the
  // exact figure does not matter, and computing it costs length × length (a 40 KB status).
  if (Math.abs(a.length - b.length) > Math.max(2, Math.floor(Math.max(a.length, b.length) / 3))) return Number.POSITIVE_INFINITY;
  // Three rows of the table at a time: the one being filled and the two it reads.
  const width = b.length + 1;
  let twoAbove: number[] = [];
  let above: number[] = [];
  let row: number[] = [];
  for (let j = 0; j < width; j++) {
    twoAbove.push(0);
    above.push(j);
    row.push(0);
  }
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) best = Math.min(best, (twoAbove[j - 2] as number) + 1);
      row[j] = best;
    }
    const filled = row;
    row = twoAbove;
    twoAbove = above;
    above = filled;
  }
  return above[b.length] as number;
}
