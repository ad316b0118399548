// An esbuild plugin for markdown-it's published build, which the engine parses every document with.
//
// markdown-it ships its classes with their fields compiled down to Babel's `_defineProperty`
// helper: every Token, and every parser state, sets each field through a shared function with a
// computed key, so V8 cannot give those stores inline caches. Token construction was the engine's
// largest single cost after parsing itself (7–8% of an analysis). A field initialiser on a fresh
// instance whose prototype chain has no property of that name is an ordinary assignment, so
// `_defineProperty(this, "map", null)` becomes `this.map = null`. Every rewritten call is checked:
// a call in any other shape is left as it is. If markdown-it's build stops matching, nothing is
// rewritten and the plugin says so; `test/engine/markdownItFields.test.ts` holds both facts.
import { readFile } from 'node:fs/promises';

const FILE = /[\\/]node_modules[\\/]markdown-it[\\/]dist[\\/]markdown-it\.(?:cjs\.js|mjs)$/;
// `_defineProperty(this, /** doc comment */ "name", value);` where value holds no `;`, no call
// spanning lines, and no further `_defineProperty`; the comment is kept.
const FIELD = /_defineProperty\(\s*this,\s*((?:\/\*\*[^*]*\*+(?:[^/*][^*]*\*+)*\/\s*)?)"([A-Za-z_$][\w$]*)",\s*([^\s;][^;]*?)\);/g;

/** The source with field initialisers as plain assignments, and how many were rewritten. */
export function rewriteFieldInitialisers(source) {
  let count = 0;
  const rewritten = source.replace(FIELD, (call, comment, name, written) => {
    const value = written.trimEnd();
    if (value === '' || value.includes('_defineProperty') || !balanced(value)) return call;
    count++;
    return `${comment}this.${name} = ${value};`;
  });
  return { source: rewritten, count };
}

/** Brackets close in order and no string is open: the value is one whole expression, not a cut one. */
function balanced(value) {
  const closing = { '(': ')', '[': ']', '{': '}' };
  const open = [];
  let quote;
  for (const char of value) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char in closing) open.push(closing[char]);
    else if (char === ')' || char === ']' || char === '}') {
      if (open.pop() !== char) return false;
    }
  }
  return open.length === 0 && quote === undefined;
}

export const markdownItFields = {
  name: 'markdown-it-fields',
  setup(build) {
    build.onLoad({ filter: FILE }, async ({ path }) => {
      const { source, count } = rewriteFieldInitialisers(await readFile(path, 'utf8'));
      if (count === 0) return { contents: source, loader: 'js', warnings: [{ text: 'markdown-it-fields: no field initialiser matched; markdown-it is bundled as published.' }] };
      return { contents: source, loader: 'js' };
    });
  },
};
