import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportDocument } from '../../server/src/export/index';
import { safeHref } from '../../server/src/export/safeLink';
import { CONFIDENTIAL_WORDS, exportBrief, fixtureText, HOSTILE_PATH, utf8, exportable } from './exportTestSupport';

/** Every tag's attributes, so checks look at markup and never at escaped text. */
function tags(html: string): string[] {
  return [...html.matchAll(/<[a-zA-Z][^>]*>/g)].map((match) => match[0]);
}

describe('HTML export', () => {
  it('is one self-contained page: inline CSS with a print stylesheet, no script, no external resource', async () => {
    const html = utf8((await exportBrief('html')).bytes);
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<style>[\s\S]*@media print[\s\S]*<\/style>/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<link\b/i);
    assert.doesNotMatch(html, /@import|url\(/i, 'the stylesheet fetches nothing');
    for (const tag of tags(html)) {
      assert.doesNotMatch(tag, /\s(src|srcset|action|poster|data|formaction)=/i, tag);
      if (/\shref=/i.test(tag)) assert.match(tag, /^<a\s/, `only links may carry href: ${tag}`);
    }
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });

  it('shows front matter as a header card and the sections as headings', async () => {
    const html = utf8((await exportBrief('html')).bytes);
    assert.match(html, /<header class="header-card">\s*<h1>Move customer billing to the shared payments platform<\/h1>/);
    assert.match(html, /<dt>Status<\/dt><dd>proposed<\/dd>/);
    assert.match(html, /<dt>Audience<\/dt><dd>Executive leadership team, CFO office<\/dd>/);
    for (const heading of ['Bottom line', 'Business impact', 'Risks', 'Asks', 'Action items']) assert.match(html, new RegExp(`<h2>${heading}</h2>`));
    assert.match(html, /<th>Likelihood<\/th>/);
    assert.match(html, /<a href="https:\/\/wiki\.example\.com\/billing\/migration" rel="noopener noreferrer">migration plan<\/a>/);
    assert.match(html, /<mark class="placeholder">\{date\}<\/mark>/);
    assert.doesNotMatch(html, /&lt;!--/, 'template comments are removed, not shown');
  });

  it('leaves out confidential sections', async () => {
    const result = await exportBrief('html');
    assert.equal(result.omittedSections, 2);
    const html = utf8(result.bytes);
    for (const word of CONFIDENTIAL_WORDS) assert.ok(!html.includes(word), word);
  });

  it('shows hostile markup as text: no script element, no event handler, no javascript: link, no remote image', async () => {
    const html = utf8((await exportDocument(exportable(fixtureText('hostile-brief.md')), { format: 'html', path: HOSTILE_PATH })).bytes);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<iframe/i);
    for (const tag of tags(html)) {
      assert.doesNotMatch(tag, /\son\w+\s*=/i, tag);
      assert.doesNotMatch(tag, /javascript:|data:text/i, tag);
    }
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;img src=x onerror=alert\(2\)&gt;/);
    assert.match(html, /\[click me\]\(javascript:alert\(3\)\)/, 'the unsafe link is left as the text the author typed');
    assert.match(html, /<a href="https:\/\/tracker\.example\.com\/pixel\.png" rel="noopener noreferrer">\[image: tracker\]<\/a>/);
    assert.match(html, /<h1>Hostile &lt;script&gt;alert\(&#39;title&#39;\)&lt;\/script&gt; brief<\/h1>/);
  });
});

describe('link safety', () => {
  it('treats a scheme hidden by whitespace or control characters as the scheme it is', () => {
    assert.equal(safeHref('java\tscript:alert(1)'), undefined);
    assert.equal(safeHref(' \u0001javascript:alert(1)'), undefined);
    assert.equal(safeHref('vbscript:x'), undefined);
    assert.equal(safeHref('https://example.com/a b'), 'https://example.com/a b');
    assert.equal(safeHref('../adr/0001-use-x.md'), '../adr/0001-use-x.md');
    assert.equal(safeHref('#risks'), '#risks');
    assert.equal(safeHref('mailto:cfo@example.com'), 'mailto:cfo@example.com');
  });
});

describe('HTML task lists', () => {
  it('shows task items as check box glyphs, not form inputs', async () => {
    const html = utf8((await exportBrief('html')).bytes);
    assert.match(html, /<li>☑ Architecture review passed<\/li>/);
    assert.match(html, /<li>☐ Security review booked<\/li>/);
    assert.doesNotMatch(html, /<input/);
  });
});

describe('HTML headings', () => {
  it('removes a heading attribute block and keeps the words around code spans as written', async () => {
    const html = utf8((await exportDocument(exportable('# T\n\n## `model` uses `logic` (rarely) {.no-toc}\n\n### `a` and `b` only\n\ntext\n'), { format: 'html' })).bytes);
    assert.match(html, /<h2><code>model<\/code> uses <code>logic<\/code> \(rarely\)<\/h2>/);
    assert.match(html, /<h3><code>a<\/code> and <code>b<\/code> only<\/h3>/);
  });
});
