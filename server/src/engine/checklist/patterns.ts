/**
 * Compiled checklist regexes, cached per spec string so that a 10,000-document index compiles
 * each pattern once. Keyed by the pattern object's identity, not its text: building a key from
 * a long pattern on every document cost more than the match itself.
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
