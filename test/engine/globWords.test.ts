import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anyGlob, compileGlob } from '../../server/src/engine/doctypes/teamGlobs';

/**
 * A glob matcher answers "no" without running RE2 when the path lacks every glob's longest
 * literal word; that shortcut may never turn a match into a miss. Globs are generated from parts
 * together with a path each part matches, so every pair must match.
 */
type Part = readonly [glob: string, path: string];

const word = fc.stringMatching(/^[A-Za-z0-9._-]{1,8}$/);
const letters = fc.stringMatching(/^[A-Za-z0-9]{1,6}$/);
// A literal matches in any letter case (globs match case-insensitively).
const literal = word.chain((text) => fc.constantFrom(text, text.toUpperCase(), text.toLowerCase()).map((path): Part => [text, path]));
const part: fc.Arbitrary<Part> = fc.oneof(
  literal,
  word.map((text): Part => ['*', text]),
  fc.constant<Part>(['*', '']),
  word.map((text): Part => ['?', text.charAt(0)]),
  fc.tuple(word, word).map(([a, b]): Part => [`{${a},${b}}`, b]),
  fc.tuple(word, letters).map(([a, b]): Part => [`{${a},x[${b}]}`, `x${b.charAt(0)}`]),
  letters.map((text): Part => [`[${text}]`, text.charAt(text.length - 1)]),
  word.map((text): Part => [`[!/]`, text.charAt(0)]),
  word.map((text): Part => [`\\${text.charAt(0)}`, text.charAt(0)]),
  fc.constant<Part>(['\\[', '[']),
);
const segment = fc.array(part, { minLength: 1, maxLength: 4 }).map((parts): Part => [parts.map(([glob]) => glob).join(''), parts.map(([, path]) => path).join('')]);
const globAndPath = fc
  .tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 4 }), fc.array(word, { maxLength: 2 }))
  .map(([anyFolders, segments, folders]): Part => [
    (anyFolders ? '**/' : '') + segments.map(([glob]) => glob).join('/'),
    (anyFolders ? folders.map((folder) => `${folder}/`).join('') : '') + segments.map(([, path]) => path).join('/'),
  ]);

describe('glob words', () => {
  it('never misses a path a glob matches', () => {
    fc.assert(
      fc.property(globAndPath, fc.array(globAndPath, { maxLength: 3 }), ([glob, path], others) => {
        if (path === '' || path.includes('//')) return;
        assert.equal(compileGlob(glob)(path), true, `${glob} ~ ${path}`);
        assert.equal(anyGlob([...others.map(([other]) => other), glob])(path), true, `${glob} among others ~ ${path}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers as before for the names detection excludes', () => {
    const excluded = anyGlob(['**/README.md', '**/*template.md', '**/template*.md', '**/*-index.md', '**/TOC.md']);
    for (const path of ['README.md', 'docs/readme.MD', 'a/b/adr-template.md', 'templates-x.md', 'x/adr-index.md', 'toc.md']) assert.equal(excluded(path), true, path);
    for (const path of ['docs/adr/0001-use-x.md', 'read.md', 'index.md', 'docs/adr/ŧemplate.md', 'readme.markdown']) assert.equal(excluded(path), false, path);
  });
});
