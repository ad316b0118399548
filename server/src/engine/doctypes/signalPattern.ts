import { RE2JS } from 're2js';

export interface SignalPattern {
  test(text: string): boolean;
}

// Types share patterns (evidence against an RFC title is the same for every type): compile once.
const compiled = new Map<string, SignalPattern>();

/**
 * Compiles a detection pattern from a spec (a team's included) with RE2 semantics: matching
 * takes linear time whatever the pattern, and patterns that would need backtracking
 * (backreferences, lookaround) are refused when the spec is checked. Case is ignored.
 * Throws on an invalid pattern; checkDocTypeSpec reports it before an engine uses the spec.
 */
export function compileSignalPattern(regex: string): SignalPattern {
  let pattern = compiled.get(regex);
  if (pattern === undefined) {
    const re2 = RE2JS.compile(regex, RE2JS.CASE_INSENSITIVE);
    pattern = { test: (text) => re2.test(text) };
    compiled.set(regex, pattern);
  }
  return pattern;
}
