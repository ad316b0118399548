/**
 * Compiled checklist regexes, cached by pattern text and flags so that a 10,000-document index
 * compiles each pattern once. Two-level maps avoid building a joined key from a long pattern
 * on every document, which cost more than the match itself. Patterns come from spec files,
 * so the cache is bounded by what the specs contain.
 */
const bySource = new Map<string, Map<string, RegExp>>();

export function compilePattern(source: string, flags = ''): RegExp {
  let byFlags = bySource.get(source);
  if (byFlags === undefined) bySource.set(source, (byFlags = new Map()));
  let regex = byFlags.get(flags);
  if (regex === undefined) {
    // `g` and `y` make `test` stateful; a predicate must answer the same way twice.
    regex = new RegExp(source, flags.replace(/[gy]/g, ''));
    byFlags.set(flags, regex);
  }
  return regex;
}
