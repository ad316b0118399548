import { compileLinearPattern, type LinearPattern } from './teamPatterns';

/**
 * Which engine runs a type's checklist patterns. A team's patterns run on RE2, which cannot
 * backtrack; the built-in types' patterns are reviewed with the code and use lookaround,
 * which RE2 lacks, so they run on JavaScript's own engine.
 */
export type PatternEngine = 'builtin' | 'linear';

/** What a checklist predicate needs of a pattern. */
export interface CompiledPattern {
  test(text: string): boolean;
}

/**
 * Compiled checklist patterns, cached by engine, pattern text and flags so that a 10,000-document
 * index compiles each pattern once. Nested maps avoid building a joined key from a long pattern
 * on every document, which cost more than the match itself. Patterns come from spec files,
 * so the cache is bounded by what the specs contain.
 */
const caches: Record<PatternEngine, Map<string, Map<string, CompiledPattern>>> = { builtin: new Map(), linear: new Map() };

export function compilePattern(source: string, flags = '', engine: PatternEngine = 'linear'): CompiledPattern {
  const bySource = caches[engine];
  let byFlags = bySource.get(source);
  if (byFlags === undefined) bySource.set(source, (byFlags = new Map()));
  let pattern = byFlags.get(flags);
  if (pattern === undefined) {
    pattern = engine === 'linear' ? compileLinearPattern(source, flags) : builtinPattern(source, flags);
    byFlags.set(flags, pattern);
  }
  return pattern;
}

function builtinPattern(source: string, flags: string): LinearPattern {
  // `g` and `y` make `test` stateful; a predicate must answer the same way twice.
  return new RegExp(source, flags.replace(/[gy]/g, ''));
}
