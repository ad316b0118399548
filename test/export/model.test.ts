import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildExportModel } from '../../server/src/export/buildExportModel';
import type { ExportModel } from '../../server/src/export/exportModel';
import { splitHeadingAttributes } from '../../server/src/export/headingAttributes';
import { plainText } from '../../server/src/export/inlineRuns';
import type { ExportBlock } from '../../server/src/export/exportModel';
import { fixtureText, exportable } from './exportTestSupport';

const lines = (...text: string[]): string => text.join('\n');

describe('export model', () => {
  it('reads title, header card and top-level sections of the brief, without the confidential ones', () => {
    const { model } = buildExportModel(exportable(fixtureText('platform-migration-brief.md')));
    assert.equal(model.title, 'Move customer billing to the shared payments platform');
    assert.deepEqual(
      model.header.map((field) => [field.label, field.value]),
      [
        ['Type', 'brief'],
        ['Status', 'proposed'],
        ['Date', '2026-11-20'],
        ['Author', 'Priya Raman (Director, Platform Engineering)'],
        ['Audience', 'Executive leadership team, CFO office'],
      ],
    );
    assert.deepEqual(
      model.sections.map((section) => section.title),
      ['Bottom line', 'Business impact', 'Risks', 'Asks', 'Action items', 'Appendix: reconciliation approach'],
    );
    assert.equal(model.omittedSections, 2);
    assert.deepEqual(model.omittedTitles, ['Vendor pricing negotiation', 'Headcount detail']);
    assert.doesNotMatch(bodyText(model), /walk-away|backfills|Negotiation timeline/);
  });

  it('keeps block structure: nested lists, tables with header, code, quotes, inline marks and links', () => {
    const { model } = buildExportModel(exportable(fixtureText('platform-migration-brief.md')));
    const byTitle = (title: string): readonly ExportBlock[] => model.sections.find((section) => section.title === title)?.blocks ?? [];
    const impact = byTitle('Business impact')[0];
    assert.equal(impact?.kind, 'list');
    assert.equal(impact.kind === 'list' && impact.items[1]?.blocks[0]?.kind, 'list');
    const risks = byTitle('Risks')[0];
    assert.ok(risks?.kind === 'table');
    assert.deepEqual(risks.header.map((cell) => plainText(cell.inlines)), ['Risk', 'Likelihood', 'Impact', 'Mitigation']);
    assert.equal(risks.rows.length, 3);
    const bottomLine = byTitle('Bottom line')[0];
    assert.ok(bottomLine?.kind === 'paragraph');
    assert.ok(bottomLine.inlines.some((run) => run.bold === true && run.text === '$1.2M'));
    assert.ok(bottomLine.inlines.some((run) => run.italic === true && run.text === 'two'));
    assert.ok(bottomLine.inlines.some((run) => run.code === true && run.text === 'BILL-142'));
    assert.ok(bottomLine.inlines.some((run) => run.href === 'https://wiki.example.com/billing/migration'));
    const appendix = byTitle('Appendix: reconciliation approach');
    assert.deepEqual(appendix.map((block) => block.kind), ['paragraph', 'code', 'quote']);
    const tasks = byTitle('Action items')[1];
    assert.ok(tasks?.kind === 'list');
    assert.deepEqual(tasks.items.map((item) => item.checked), [true, false]);
  });

  it('drops HTML comments everywhere', () => {
    const { model } = buildExportModel(exportable(fixtureText('platform-migration-brief.md')));
    assert.equal(model.lead.length, 0, 'the template comment under the title is not content');
  });

  describe('confidential sections', () => {
    it('accepts {.confidential}, {confidential} and a class among other attributes', () => {
      assert.deepEqual(splitHeadingAttributes('Pricing {.confidential}'), { text: 'Pricing', classes: ['confidential'], confidential: true });
      assert.equal(splitHeadingAttributes('Pricing {confidential}').confidential, true);
      assert.equal(splitHeadingAttributes('Pricing {#price .confidential data-x=1}').confidential, true);
      assert.equal(splitHeadingAttributes('Pricing {.no-toc}').confidential, false);
      assert.equal(splitHeadingAttributes('Pricing {.no-toc}').text, 'Pricing');
    });

    it('leaves a placeholder heading alone: braces only, or a word that is not an attribute', () => {
      assert.deepEqual(splitHeadingAttributes('{title of option}'), { text: '{title of option}', classes: [], confidential: false });
      assert.equal(splitHeadingAttributes('Risks {TODO}').text, 'Risks {TODO}');
    });

    it('cuts a section listed in front matter, matching titles loosely, with its sub-sections, counted once', () => {
      const text = lines('---', 'confidential: [headcount plan]', '---', '# T', '## Summary', 'ok', '## 2. Headcount Plan:', 'secret', '### Names', 'more secret', '## Asks', 'approve');
      const { model, warnings } = buildExportModel(exportable(text));
      assert.deepEqual(model.sections.map((s) => s.title), ['Summary', 'Asks']);
      assert.equal(model.omittedSections, 1);
      assert.doesNotMatch(bodyText(model), /secret/);
      assert.deepEqual(warnings, []);
    });

    it('cuts the sections of every confidential list when the key is written twice (the fuzzer found the first one leaking)', () => {
      const text = lines('---', 'confidential: [Pricing]', 'status: proposed', 'confidential: Headcount', '---', '# T', '## Summary', 'ok', '## Pricing', 'secret price', '## Headcount', 'secret names', '## Asks', 'approve');
      const { model } = buildExportModel(exportable(text));
      assert.deepEqual(model.sections.map((s) => s.title), ['Summary', 'Asks']);
      assert.equal(model.omittedSections, 2);
      assert.doesNotMatch(bodyText(model), /secret/);
    });

    it('cuts a confidential sub-section but keeps its parent', () => {
      const text = lines('# T', '## Risks', 'public risk', '### Legal exposure {.confidential}', 'secret', '### Delivery', 'public too');
      const { model } = buildExportModel(exportable(text));
      assert.deepEqual(model.sections[0]?.children.map((child) => child.title), ['Delivery']);
      assert.equal(model.omittedSections, 1);
    });

    it('warns when a listed name matches no heading, since a typo would leak the section', () => {
      const { warnings, model } = buildExportModel(exportable(lines('---', 'confidential: [Pricng]', '---', '# T', '## Pricing', 'secret')));
      assert.equal(model.omittedSections, 0);
      assert.match(warnings.join('\n'), /"Pricng".*no section/);
    });

    it('warns when the front matter value is not a list of titles', () => {
      const { warnings } = buildExportModel(exportable(lines('---', 'confidential: true', '---', '# T', '## A')));
      assert.match(warnings.join('\n'), /should be a list/);
    });
  });

  it('takes the title from front matter or the file name when there is no single H1', () => {
    assert.equal(buildExportModel(exportable(lines('---', 'title: From front matter', '---', '## A'))).model.title, 'From front matter');
    assert.equal(buildExportModel(exportable('## A'), { path: '/x/q3-brief.md' }).model.title, 'q3-brief');
    const twoH1 = buildExportModel(exportable(lines('# One', 'a', '# Two', 'b')), { path: 'doc.md' }).model;
    assert.deepEqual(twoH1.sections.map((s) => s.title), ['One', 'Two']);
  });

  it('keeps raw HTML as text and drops unsafe link targets', () => {
    const { model } = buildExportModel(exportable(fixtureText('hostile-brief.md')));
    assert.equal(model.title, "Hostile <script>alert('title')</script> brief");
    const runs = model.sections.flatMap((section) => section.blocks).flatMap((block) => (block.kind === 'paragraph' ? block.inlines : []));
    assert.ok(runs.some((run) => run.text.includes('<script>alert(1)</script>')));
    assert.ok(runs.every((run) => run.href === undefined || /^https:/.test(run.href)), 'only the https image link survives');
  });

  it('counts placeholders left in the body and in front matter', () => {
    const { warnings } = buildExportModel(exportable(lines('---', 'status: {proposed | accepted}', '---', '# T', '## Asks', 'Approve by {date}.', '`{not a placeholder}`')));
    assert.match(warnings.join('\n'), /2 template placeholder\(s\).*front matter: status/);
  });
});

describe('export model edge cases', () => {
  it('warns that a confidential title cannot hide the whole document', () => {
    const { model, warnings } = buildExportModel(exportable('# Reorg plan {.confidential}\n\n## A\n\ntext\n'));
    assert.equal(model.title, 'Reorg plan');
    assert.match(warnings.join('\n'), /title is marked confidential/);
  });

  it('reads CRLF files, setext headings and a heading-like line inside code', () => {
    const crlf = buildExportModel(exportable('---\r\nconfidential: [Secret]\r\n---\r\n# T\r\n\r\n## Secret\r\nhidden\r\n## Open\r\n- a\r\n')).model;
    assert.deepEqual(crlf.sections.map((s) => s.title), ['Open']);
    assert.doesNotMatch(bodyText(crlf), /hidden/);
    const setext = buildExportModel(exportable('Title\n=====\n\nLead.\n\nSection\n-------\n\ntext\n')).model;
    assert.equal(setext.title, 'Title');
    assert.equal(setext.lead.length, 1);
    assert.deepEqual(setext.sections.map((s) => s.title), ['Section']);
    const code = buildExportModel(exportable('# T\n\n## A\n\n```\n## not a heading {.confidential}\n```\n')).model;
    assert.equal(code.omittedSections, 0);
    assert.equal(code.sections[0]?.blocks[0]?.kind, 'code');
  });
});

function bodyText(model: ExportModel): string {
  return model.body.lines.map((line) => line.text).join('\n');
}
