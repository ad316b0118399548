import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import MarkdownIt from 'markdown-it';
import { markdownItFields, rewriteFieldInitialisers } from '../../scripts/markdownItFields.mjs';

const require = createRequire(__filename);
const published = require.resolve('markdown-it');
const fixtures = join(__dirname, '..', 'fixtures');

/** markdown-it bundled as scripts/build.mjs bundles it, loaded as a module. */
async function bundledWithPlugin(): Promise<typeof MarkdownIt> {
  const result = await esbuild.build({ stdin: { contents: "module.exports = require('markdown-it');", resolveDir: __dirname, loader: 'js' }, bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent', plugins: [markdownItFields] });
  assert.deepEqual(result.warnings, [], 'the plugin found nothing to rewrite');
  const module = { exports: {} as unknown };
  new Function('module', 'exports', 'require', (result.outputFiles[0] as esbuild.OutputFile).text)(module, module.exports, require);
  return module.exports as typeof MarkdownIt;
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(folder, name));
}

describe('markdown-it as the bundles build it', () => {
  it('rewrites the field initialisers of the published build, and only those', () => {
    const source = readFileSync(published, 'utf8');
    const { source: rewritten, count } = rewriteFieldInitialisers(source);
    assert.ok(count >= 40, `only ${count} field initialisers rewritten: has markdown-it's build changed?`);
    assert.doesNotMatch(rewritten, /_defineProperty\(\s*this,/);
    assert.equal(rewriteFieldInitialisers('_defineProperty(this, "x", foo(a); b);').count, 0, 'a value that is not one expression is left alone');
  });

  it('parses every fixture into the same tokens as the published build', async () => {
    const Rebuilt = await bundledWithPlugin();
    const texts = [...markdownFiles(fixtures).map((file) => readFileSync(file, 'utf8')), '# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote *em* `code` [l](u) <b>x</b>\n\n1. one\n   - two\n\n```js\nx\n```\n'];
    assert.ok(texts.length > 20);
    for (const options of [{ html: true }, { html: false, linkify: true, typographer: true }]) {
      const before = new MarkdownIt(options);
      const after = new Rebuilt(options);
      for (const text of texts) {
        assert.deepEqual(JSON.parse(JSON.stringify(after.parse(text, {}))), JSON.parse(JSON.stringify(before.parse(text, {}))));
        assert.equal(after.render(text), before.render(text));
      }
    }
  });
});
