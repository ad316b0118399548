import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPreviewParts, exportDocument } from '../../server/src/export/index';
import { escapeHtml, renderHtmlBody } from '../../server/src/export/renderers/html';
import { analyze, lines } from '../support/documents';
import { utf8, exportable } from './exportTestSupport';

/**
 * Every placeholder form the engine, the export and the preview knew when each had its own
 * copy, with the one decision all three now share and why. `found` is what is template text.
 */
const BODY_FORMS: ReadonlyArray<{ line: string; found: readonly string[]; why: string }> = [
  { line: 'Chosen: {title of option}.', found: ['{title of option}'], why: "MADR 3/4's prompt" },
  { line: 'Status {proposed | accepted}.', found: ['{proposed | accepted}'], why: 'a choice left open' },
  { line: 'Decided on {YYYY-MM-DD}.', found: ['{YYYY-MM-DD}'], why: 'a date prompt' },
  { line: 'Owner: {owner}, due {date}.', found: ['{owner}', '{date}'], why: 'named slots; the export knew these' },
  { line: 'Pick {x} from the set.', found: [], why: 'one letter in braces is maths or set notation (the export flagged it)' },
  { line: 'An empty object {} is fine.', found: [], why: 'empty braces are code-ish, not a prompt' },
  { line: 'Set ${HOME} before running.', found: [], why: "a shell variable, usually literal text in an ADR (the export flagged it)" },
  { line: 'Hugo fills {{title}} at build time.', found: [], why: "another templating language's slot, not ours" },
  { line: 'Use `{not a placeholder}` in code.', found: [], why: 'a code span is code' },
  { line: '[short title of solved problem]', found: ['[short title of solved problem]'], why: "MADR 2's prompt (the export missed it)" },
  { line: 'Options: [option 1 | option 2].', found: ['[option 1 | option 2]'], why: "MADR 2's choice" },
  { line: 'See [RFC 7231] and [ADR-12].', found: [], why: 'ids in brackets are citations' },
  { line: 'As shown in [1] and [^note].', found: [], why: 'numbered citations and footnotes' },
  { line: 'Read [the design doc](design.md).', found: [], why: 'a link' },
  { line: 'Text <!-- {a prompt} --> here.', found: [], why: 'a comment is dropped by the export; the rule reports comment-only lines separately' },
];

function adrWith(line: string): string {
  return lines('---', 'type: adr', 'status: accepted', '---', '# Use the shared platform', '', '## Context', '', line);
}

function placeholderFindings(text: string): string[] {
  return analyze(text).findings.filter((finding) => finding.code === 'unfilled-placeholder').map((finding) => String(finding.data?.['placeholder']));
}

describe('one definition of a placeholder', () => {
  for (const { line, found, why } of BODY_FORMS) {
    it(`${JSON.stringify(line)}: ${found.length === 0 ? 'no placeholder' : found.join(', ')} (${why})`, async () => {
      const text = adrWith(line);
      assert.deepEqual(placeholderFindings(text), found, 'validation');

      const markdown = utf8((await exportDocument(exportable(text), { format: 'md' })).bytes);
      assert.deepEqual([...markdown.matchAll(/\*\*\[TODO: ([^\]]*)\]\*\*/g)].map((match) => match[1]), found.map((placeholder) => placeholder.slice(1, -1).trim()), 'Markdown export');

      const html = renderHtmlBody(buildPreviewParts(exportable(line)).body);
      assert.deepEqual([...html.matchAll(/<mark class="placeholder">(.*?)<\/mark>/g)].map((match) => match[1]), found.map(escapeHtml), 'preview');
    });
  }

  it('reads a reference label in brackets as a link, not a prompt, everywhere', async () => {
    const text = adrWith('Read [the design doc].\n\n[the design doc]: https://example.com/design\n');
    assert.deepEqual(placeholderFindings(text), []);
    assert.doesNotMatch(utf8((await exportDocument(exportable(text), { format: 'md' })).bytes), /TODO/);
  });

  const FRONT_MATTER_FORMS: ReadonlyArray<{ entry: string; found: readonly string[]; why: string }> = [
    { entry: 'deciders: {list everyone involved}', found: ['{list everyone involved}'], why: 'unquoted MADR prompt, invalid YAML' },
    { entry: 'date: "{YYYY-MM-DD}"', found: ['{YYYY-MM-DD}'], why: 'quoted prompt' },
    { entry: 'links: {jira: PROJ-1, pr: 42}', found: [], why: 'a flow mapping' },
    { entry: 'tags: {}', found: [], why: 'an empty mapping (flagged before: the front matter copy took any braces)' },
    { entry: 'links: {x}', found: [], why: 'a one-letter mapping' },
  ];
  for (const { entry, found, why } of FRONT_MATTER_FORMS) {
    it(`front matter ${JSON.stringify(entry)}: ${found.length === 0 ? 'no placeholder' : found.join(', ')} (${why})`, async () => {
      const text = lines('---', 'type: adr', 'status: accepted', entry, '---', '# Use the shared platform');
      assert.deepEqual(placeholderFindings(text), found, 'validation');
      const { warnings } = await exportDocument(exportable(text), { format: 'md' });
      assert.equal(warnings.some((warning) => /template placeholder/.test(warning)), found.length > 0, 'export warning');
    });
  }
});
