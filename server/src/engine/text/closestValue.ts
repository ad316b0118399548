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
  const scored = candidates
    .map((candidate) => {
      const nearest = spellingsOf(candidate)
        .map((word) => {
          const normalized = normalizeCandidate(word);
          return { length: normalized.length, score: distance(target, normalized) };
        })
        .sort((a, b) => a.score - b.score)[0];
      return { candidate, score: nearest?.score ?? Number.POSITIVE_INFINITY, length: nearest?.length ?? 0 };
    })
    .sort((a, b) => a.score - b.score);
  const [best, second] = scored;
  if (best === undefined) return undefined;
  const longest = Math.max(target.length, best.length);
  if (best.score > Math.max(2, Math.floor(longest / 3))) return undefined;
  const unambiguous = best.score <= 1 && (second === undefined || second.score > best.score);
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
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}
