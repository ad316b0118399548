/**
 * Compiled checklist regexes, shared across documents: a spec's patterns are fixed, so
 * compiling once keeps a 10,000-document index from recompiling them per file.
 */
const compiled = new Map<string, RegExp>();

export function compilePattern(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let regex = compiled.get(key);
  if (regex === undefined) {
    // `g` and `y` make `test` stateful; a predicate must answer the same way twice.
    regex = new RegExp(source, flags.replace(/[gy]/g, ''));
    compiled.set(key, regex);
  }
  return regex;
}
