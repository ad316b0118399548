import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportDocument } from '../../server/src/export/index';
import { CONFIDENTIAL_WORDS, exportBrief, utf8, exportable } from './exportTestSupport';

describe('Markdown export', () => {
  it('is ready to paste: no front matter, no comments, facts on one line under the title', async () => {
    const markdown = utf8((await exportBrief('md')).bytes);
    assert.match(markdown, /^# Move customer billing to the shared payments platform\n\n\*\*Type:\*\* brief · \*\*Status:\*\* proposed · \*\*Date:\*\* 2026-11-20/);
    assert.doesNotMatch(markdown, /^---$/m);
    assert.doesNotMatch(markdown, /<!--|-->/);
    assert.match(markdown, /## Risks\n\n\| Risk \| Likelihood \| Impact \| Mitigation \|/);
  });

  it('flags placeholders, but not braces in code', async () => {
    const markdown = utf8((await exportBrief('md')).bytes);
    assert.match(markdown, /cut-over sign-off by \*\*\[TODO: date\]\*\*\./);
    const code = utf8((await exportDocument(exportable('# T\n\n## A\n\nUse `{id}` and {owner}.\n\n```js\nconst x = {a};\n```\n'), { format: 'md' })).bytes);
    assert.match(code, /Use `\{id\}` and \*\*\[TODO: owner\]\*\*\./);
    assert.match(code, /const x = \{a\};/);
  });

  it('removes heading attributes and inline comments', async () => {
    const markdown = utf8((await exportDocument(exportable('# T {#top}\n\n## Plan {.no-toc}\n\nText <!-- prompt --> here.\n\n<!--\nmulti-line prompt\n-->\n\nEnd.\n'), { format: 'md' })).bytes);
    assert.equal(markdown, '# T\n\n## Plan\n\nText  here.\n\nEnd.\n');
  });

  it('leaves out confidential sections', async () => {
    const markdown = utf8((await exportBrief('md')).bytes);
    for (const word of CONFIDENTIAL_WORDS) assert.ok(!markdown.includes(word), word);
    assert.match(markdown, /## Action items[\s\S]*## Appendix: reconciliation approach/);
  });
});

describe('Markdown export of front matter facts', () => {
  it('copies values as literal text: no link, HTML, emphasis or new block from a value', async () => {
    const text = [
      '---',
      'type: brief',
      'status: "[approve](javascript:alert(1)) <img src=x onerror=alert(2)> **loud** | ~~x~~ `c`"',
      'author: "Ana\\n# Injected heading\\n- injected item"',
      'date: "{YYYY-MM-DD}"',
      '---',
      '# Title',
      '',
      '## Asks',
      '',
      'Approve.',
    ].join('\n');
    const markdown = utf8((await exportDocument(exportable(text), { format: 'md' })).bytes);
    const facts = markdown.split('\n')[2] ?? '';
    assert.equal(
      facts,
      '**Type:** brief · **Status:** \\[approve\\](javascript:alert(1)) \\<img src=x onerror=alert(2)\\> \\*\\*loud\\*\\* \\| \\~\\~x\\~\\~ \\`c\\` · **Date:** **[TODO: YYYY-MM-DD]** · **Author:** Ana \\# Injected heading - injected item',
    );
    // Read back by a CommonMark parser, the facts line is one paragraph of plain text.
    const MarkdownIt = (await import('markdown-it')).default;
    const tokens = new MarkdownIt('commonmark').parse(markdown, {});
    assert.deepEqual(tokens.filter((token) => token.type.endsWith('_open')).map((token) => token.type), ['heading_open', 'paragraph_open', 'heading_open', 'paragraph_open']);
    const inline = tokens[4]?.children ?? [];
    assert.deepEqual([...new Set(inline.map((token) => token.type))].sort(), ['strong_close', 'strong_open', 'text']);
  });
});
