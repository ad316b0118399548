import { RE2JS } from 're2js';
import type { PatternEngine } from './checklistPatterns';

export interface SignalPattern {
  test(text: string): boolean;
}

// Types share patterns (evidence against an RFC title is the same for every type): compile once.
const compiled = new Map<string, SignalPattern>();

/**
 * Compiles a detection pattern from a spec, ignoring case. A team's pattern is untrusted input
 * and runs on RE2 (linear whatever it says). The built-in types' patterns ship with Leaddocs,
 * are proved free of super-linear backtracking by a test, and run on JavaScript's engine,
 * which answers a title several times faster than RE2: detection tests about twenty of them
 * on every document. Patterns that RE2 cannot run (backreferences, lookaround) are refused
 * whatever the engine, so a built-in pattern is always valid for a team to copy. Throws on an
 * invalid pattern; checkDocTypeSpec reports it before an engine uses the spec.
 */
export function compileSignalPattern(regex: string, engine: PatternEngine = 'linear'): SignalPattern {
  const key = `${engine}:${regex}`;
  let pattern = compiled.get(key);
  if (pattern === undefined) {
    const re2 = RE2JS.compile(regex, RE2JS.CASE_INSENSITIVE);
    pattern = engine === 'builtin' ? new RegExp(regex, 'i') : { test: (text) => re2.test(text) };
    compiled.set(key, pattern);
  }
  return pattern;
}
