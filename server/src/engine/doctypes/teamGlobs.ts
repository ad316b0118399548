import { RE2JS } from 're2js';

/** True when a workspace-relative POSIX path matches. */
export type PathMatcher = (path: string) => boolean;

/** Longer than any real glob; keeps the compiled program small. */
const MAX_GLOB_LENGTH = 500;

/**
 * Compiles a path glob (`**`, `*`, `?`, `[…]`, `{a,b}`, a leading `!`) to an RE2 program,
 * matched case-insensitively with dotfiles included. A backtracking translation such as
 * picomatch's takes seconds to minutes on `*a*a*a…` or `**` / `*` combinations over a long
 * path; this one answers in time linear in the path, whatever the glob.
 * Throws with a sentence fit to show the team when the glob uses what it does not support.
 */
export function compileGlob(glob: string): PathMatcher {
  return anyGlobOf([translated(glob)]);
}

/** The reason a glob is refused, or undefined when it compiles. */
export function globProblem(glob: string): string | undefined {
  try {
    compileGlob(glob);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * A matcher for any of `globs`, leaving out those that do not compile (their problem is
 * reported where they are read). The globs run as one program, one pass over the path.
 */
export function anyGlob(globs: Iterable<string>): PathMatcher {
  const usable: TranslatedGlob[] = [];
  for (const glob of globs) {
    try {
      usable.push(translated(glob));
    } catch {
      // Left out; the reason was reported when the setting or spec was checked.
    }
  }
  return anyGlobOf(usable);
}

interface TranslatedGlob {
  /** As written, without a leading `!`. */
  readonly glob: string;
  readonly regex: string;
  readonly negated: boolean;
}

function translated(glob: string): TranslatedGlob {
  if (glob.length > MAX_GLOB_LENGTH) throw new Error(`it is longer than ${MAX_GLOB_LENGTH} characters`);
  const negated = glob.startsWith('!');
  const positive = negated ? glob.slice(1) : glob;
  const regex = globToRegex(positive);
  try {
    RE2JS.compile(regex);
  } catch (error) {
    throw new Error(`it is not a valid glob (${error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error)})`, { cause: error });
  }
  return { glob: positive, regex, negated };
}

function anyGlobOf(globs: readonly TranslatedGlob[]): PathMatcher {
  const program = (regexes: string[]): RE2JS | undefined => (regexes.length === 0 ? undefined : RE2JS.compile(regexes.map((regex) => `(?:${regex})`).join('|'), RE2JS.CASE_INSENSITIVE));
  const positive = program(globs.filter((glob) => !glob.negated).map((glob) => glob.regex));
  const negated = globs.filter((glob) => glob.negated).map((glob) => program([glob.regex]));
  if (positive !== undefined && negated.length === 0) {
    const words = requiredWords(globs);
    if (words !== undefined) return (path) => (!isAscii(path) || containsAny(path.toLowerCase(), words)) && positive.testExact(path);
  }
  return (path) => (positive?.testExact(path) ?? false) || negated.some((pattern) => pattern?.testExact(path) === false);
}

/**
 * For each glob, the longest run of letters, digits, dots, hyphens and underscores that any path
 * it matches must contain (`readme.md` for any README), lower-cased; undefined when a glob has
 * none. A path that contains none of them cannot match, and is answered without running RE2
 * (most paths, for the names detection never types). Only for ASCII paths, where lower-casing
 * folds exactly as RE2's case-insensitive match does.
 */
function requiredWords(globs: readonly TranslatedGlob[]): string[] | undefined {
  const words: string[] = [];
  for (const { glob } of globs) {
    const word = longestLiteralRun(glob);
    if (word === '') return undefined;
    words.push(word.toLowerCase());
  }
  return words;
}

/** Literal runs outside braces and classes: each is matched as written, character by character. */
function longestLiteralRun(glob: string): string {
  let longest = '';
  let run = '';
  let braceDepth = 0;
  for (let index = 0; index < glob.length; index++) {
    const char = glob.charAt(index);
    if (braceDepth === 0 && /[A-Za-z0-9._-]/.test(char)) {
      run += char;
      if (run.length > longest.length) longest = run;
      continue;
    }
    run = '';
    if (char === '\\') index++;
    else if (char === '{') braceDepth++;
    else if (char === '}' && braceDepth > 0) braceDepth--;
    else if (char === '[') index = classEnd(glob, index) ?? index;
  }
  return longest;
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

function containsAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

function globToRegex(glob: string): string {
  let regex = '';
  let braceDepth = 0;
  for (let index = 0; index < glob.length; index++) {
    const char = glob.charAt(index);
    const atSegmentStart = index === 0 || '/{,'.includes(glob.charAt(index - 1));
    if (char === '*' && glob[index + 1] === '*' && atSegmentStart && endsSegment(glob, index + 2, braceDepth)) {
      // `**/` is any number of whole folders, none included; a final `**` is anything below.
      if (glob[index + 2] === '/') {
        regex += '(?:.*/)?';
        index += 2;
      } else {
        regex += '.*';
        index += 1;
      }
    } else if (char === '/' && glob.startsWith('**', index + 1) && endsSegment(glob, index + 3, braceDepth)) {
      // `docs/**` matches the folder itself as well as everything in it.
      regex += '(?:/.*)?';
      index += 2;
    } else if (char === '*') {
      if (glob[index + 1] === '(') throw new Error('extended globs such as *(…) are not supported');
      regex += '[^/]*';
    } else if (char === '?') {
      if (glob[index + 1] === '(') throw new Error('extended globs such as ?(…) are not supported');
      regex += '[^/]';
    } else if ('@+!'.includes(char) && glob[index + 1] === '(') {
      throw new Error(`extended globs such as ${char}(…) are not supported`);
    } else if (char === '[') {
      const end = classEnd(glob, index);
      if (end === undefined) {
        regex += '\\[';
      } else {
        regex += characterClass(glob.slice(index + 1, end));
        index = end;
      }
    } else if (char === '{') {
      if (/^\{[^{},]*\}/.exec(glob.slice(index))?.[0].includes('..') === true) throw new Error('brace ranges such as {1..3} are not supported');
      braceDepth++;
      regex += '(?:';
    } else if (char === ',' && braceDepth > 0) {
      regex += '|';
    } else if (char === '}' && braceDepth > 0) {
      braceDepth--;
      regex += ')';
    } else if (char === '\\' && index + 1 < glob.length) {
      index++;
      regex += RE2JS.quote(glob.charAt(index));
    } else {
      regex += RE2JS.quote(char);
    }
  }
  if (braceDepth > 0) throw new Error('a brace { is not closed');
  return regex;
}

function endsSegment(glob: string, index: number, braceDepth: number): boolean {
  const next = glob[index];
  return next === undefined || next === '/' || (braceDepth > 0 && (next === ',' || next === '}'));
}

/** Index of the `]` closing the class opened at `start`, or undefined when it is a literal `[`. */
function classEnd(glob: string, start: number): number | undefined {
  let index = start + 1;
  if (glob[index] === '!' || glob[index] === '^') index++;
  if (glob[index] === ']') index++;
  for (; index < glob.length; index++) {
    if (glob[index] === '\\') index++;
    else if (glob[index] === '[' && glob[index + 1] === ':') {
      const close = glob.indexOf(':]', index + 2);
      if (close !== -1) index = close + 1;
    } else if (glob[index] === ']') return index;
  }
  return undefined;
}

/** A glob class `[!a-z]` as RE2's `[^a-z]`; `[[:alpha:]]` carries over as is. */
function characterClass(content: string): string {
  const negated = content.startsWith('!') || content.startsWith('^');
  const body = negated ? content.slice(1) : content;
  // A glob wildcard never crosses a folder, so a negated class does not match `/` either.
  return `[${negated ? '^/' : ''}${body.replace(/^\]/, '\\]')}]`;
}
