import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { joinLines } from '../support/documentText';
import { LspTestClient } from '../support/lspClient';

const workspace = 'file:///workspace/robustness';

/** Inputs a real workspace throws at a server sooner or later. */
const garbage: Record<string, string> = {
  'binary-ish bytes': Array.from({ length: 4096 }, (_, index) => String.fromCharCode((index * 7919) % 65536)).join(''),
  'a 1 MB line': '# 1. Long\n\n## Status\n\nAccepted\n\n## Context\n\n' + 'x'.repeat(1024 * 1024) + '\n',
  'unterminated front matter': joinLines('---', 'status: accepted', 'date: 2024-01-01', '# Never closed'),
  'invalid YAML': joinLines('---', 'status: [accepted', 'date: : :', '  - nested: {', '---', '# 1. Broken YAML', '', '## Status', '', 'Accepted'),
  'front matter that is a list': joinLines('---', '- a', '- b', '---', '# 1. List', '', '## Status', '', 'Accepted'),
  'lone surrogates and NULs': '# \uD800 ADR\u0000\n\n## Status\n\n\uDFFF\u0000Accepted\n',
  'only line breaks': '\r\n\r\r\n\n'.repeat(1000),
  'deep nesting': '> '.repeat(2000) + '- '.repeat(2000) + 'x\n',
  'empty': '',
};

describe('garbage input never crashes the server', () => {
  let client: LspTestClient;
  before(async () => {
    // A short debounce: these tests are about survival, not timing.
    client = await LspTestClient.start({ workspaceFolders: [workspace], settings: { validation: { delay: 20 } } });
  });
  after(() => client.stop());

  for (const [name, text] of Object.entries(garbage)) {
    it(`survives ${name}`, async () => {
      const uri = `${workspace}/doc/adr/${name.replace(/\W+/g, '-')}.md`;
      client.open(uri, text);
      const published = await client.diagnostics(uri, undefined, 10_000);
      assert.equal(published.version, 1);

      // Editing garbage is as safe as opening it: replace the middle of the first line.
      const version = client.change(uri, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, text: '\u0000\n---\n' }]);
      await client.diagnosticsFor(uri, version, 10_000);
      const info = await client.documentInfo(uri);
      assert.equal(info.uri, uri);
      assert.ok(client.alive);
    });
  }

  it('ignores changes to documents it never saw and edits with impossible ranges', async () => {
    client.change(`${workspace}/never-opened.md`, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    const uri = `${workspace}/doc/adr/impossible-range.md`;
    client.open(uri, joinLines('# 1. Title', '', '## Status', '', 'Accepted'));
    await client.diagnostics(uri);
    const version = client.change(uri, [{ range: { start: { line: 99, character: 5 }, end: { line: -1, character: -4 } }, text: 'x' }]);
    await client.diagnosticsFor(uri, version);
    assert.equal((await client.documentInfo(uri)).version, version);
    assert.ok(client.alive);
  });
});
