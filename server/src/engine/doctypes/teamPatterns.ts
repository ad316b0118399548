import { RE2JS } from 're2js';

/** A compiled pattern that answers in time linear in its input, whatever the pattern. */
export interface LinearPattern {
  test(text: string): boolean;
}

/** The JavaScript flags a spec may give a pattern; `g` and `y` would make `test` stateful and are dropped. */
const FLAG_BITS: Readonly<Record<string, number>> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL, u: 0, g: 0, y: 0 };

/**
 * Compiles a regex written in JavaScript syntax (a spec's checklist pattern, a schema's
 * `pattern`) for RE2, which cannot backtrack: `(a+)+$` takes microseconds, not minutes.
 * Throws with a sentence fit to show the team when the pattern needs what RE2 cannot do
 * (backreferences, lookaround) or is not a valid regex at all.
 */
export function compileLinearPattern(source: string, flags = ''): LinearPattern {
  let bits = 0;
  for (const flag of flags) {
    const bit = FLAG_BITS[flag];
    if (bit === undefined) throw new Error(`flag '${flag}' is not supported (use i, m, s or u)`);
    bits |= bit;
  }
  if (hasNamedBackreference(source)) throw new Error('backreferences are not supported; patterns run on a linear-time engine');
  // The engine's own translation (`\uXXXX`, `(?<name>`) turns JavaScript syntax into RE2's.
  let translated: string;
  try {
    translated = RE2JS.translateRegExp(source);
    return RE2JS.compile(translated, bits);
  } catch (error) {
    throw new Error(`it cannot run on a linear-time engine (${reasonOf(error)})`, { cause: error });
  }
}

/** The reason a pattern is refused, or undefined when it compiles. */
export function linearPatternProblem(source: string, flags?: string): string | undefined {
  try {
    compileLinearPattern(source, flags);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * ajv's hook for the regex engine behind `pattern`, `patternProperties` and `propertyNames`
 * patterns (`code.regExp`). `toString` keys ajv's cache of compiled patterns.
 */
export function linearRegExp(pattern: string): LinearPattern & { toString(): string } {
  const compiled = compileLinearPattern(pattern);
  return { test: (text) => compiled.test(text), toString: () => `/${pattern}/` };
}
linearRegExp.code = 'linearRegExp';

/** RE2's translation would turn `\k<name>` into the literal `k<name>`: refuse it instead. */
function hasNamedBackreference(source: string): boolean {
  for (let index = 0; index < source.length - 1; index++) {
    if (source[index] !== '\\') continue;
    if (source[index + 1] === 'k') return true;
    index++;
  }
  return false;
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^error parsing regexp: /, '');
}

/** Keywords whose values are data, not subschemas: a `pattern` key inside them is no regex. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

/**
 * The `pattern`s and `patternProperties` keys of a JSON Schema that RE2 cannot run, each as
 * "<JSON pointer>: <reason>", so the team knows which field to change.
 */
export function schemaPatternProblems(schema: unknown): string[] {
  const problems: string[] = [];
  const pending: Array<{ value: unknown; pointer: string }> = [{ value: schema, pointer: '' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, pointer } = next;
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (key === 'pattern' && typeof child === 'string') {
        const problem = linearPatternProblem(child);
        if (problem !== undefined) problems.push(`${at}: ${problem}`);
      } else if (key === 'patternProperties' && typeof child === 'object' && child !== null) {
        for (const regex of Object.keys(child)) {
          const problem = linearPatternProblem(regex);
          if (problem !== undefined) problems.push(`${at}: key ${JSON.stringify(regex)}: ${problem}`);
        }
      }
      if (!DATA_KEYWORDS.has(key)) pending.push({ value: child, pointer: at });
    }
  }
  return problems;
}
