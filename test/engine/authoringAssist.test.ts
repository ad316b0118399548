import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completionsAt } from '../../server/src/engine/assist/completion';
import { documentOutline } from '../../server/src/engine/assist/documentOutline';
import { hoverAt } from '../../server/src/engine/assist/hover';
import { authoringContextOf, type AuthoringContext, type DecisionSummary } from '../../server/src/engine/assist/workspaceKnowledge';
import { builtinDocTypes } from '../../server/src/engine';
import { analyze, lines } from '../support/documents';
import { InMemoryWorkspace } from '../support/inMemoryWorkspace';

const decisions: DecisionSummary[] = [
  { id: 'ADR-0012', number: 12, title: 'Use PostgreSQL', status: 'accepted', date: '2024-01-05', uri: 'file:///workspace/docs/decisions/0012-use-postgresql.md' },
  { id: 'ADR-0003', number: 3, title: 'Use Kafka', status: 'superseded', date: null, uri: 'file:///workspace/docs/decisions/0003-use-kafka.md' },
];
const context: AuthoringContext = { today: '2026-11-25', people: ['Grace Hopper', 'Ada Lovelace'], decisions };

function labelsAt(text: string, line: number, character: number, path?: string): string[] {
  return completionsAt(analyze(text, path), builtinDocTypes, { line, character }, context).map((suggestion) => suggestion.label);
}

describe('completion in front matter', () => {
  const adr = lines('---', 'status: accepted', '', 'date: ', 'decision-makers: ', 'supersedes: ', 'related: [ADR-0003, ]', '---', '# 14. Use Redis');

  it('offers the schema keys not yet present, in schema order, with their documentation', () => {
    const suggestions = completionsAt(analyze(adr), builtinDocTypes, { line: 2, character: 0 }, context);
    // `deciders` is another name of `decision-makers`, which is there already.
    assert.deepEqual(suggestions.map((suggestion) => suggestion.label), ['type', 'title', 'id', 'consulted', 'informed', 'review-date', 'superseded-by', 'tags', 'leaddocs-disable']);
    const consulted = suggestions.find((suggestion) => suggestion.label === 'consulted');
    assert.equal(consulted?.insertText, 'consulted: ');
    assert.equal(consulted?.documentation, 'Subject-matter experts asked, in two-way communication.');
    assert.deepEqual(consulted?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } });
  });

  it('offers enum values for the key on the line, and the type\'s statuses for its status key', () => {
    assert.deepEqual(labelsAt(lines('---', 'type: mentorship-plan', 'cadence: w', '---', '# Plan'), 2, 10, 'mentorship/plan.md'), ['weekly', 'biweekly', 'fortnightly', 'monthly', 'quarterly']);
    const status = completionsAt(analyze(adr), builtinDocTypes, { line: 1, character: 9 }, context);
    assert.deepEqual(status.map((suggestion) => suggestion.label), ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded', 'implemented']);
    assert.deepEqual(status[0]?.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 16 } }, 'the whole value is replaced');
  });

  it('offers today for a date field', () => {
    const [today] = completionsAt(analyze(adr), builtinDocTypes, { line: 3, character: 6 }, context);
    assert.deepEqual(today, { label: '2026-11-25', kind: 'date', detail: 'Today', insertText: '2026-11-25', range: { start: { line: 3, character: 6 }, end: { line: 3, character: 6 } }, sortText: '000' });
  });

  it('offers the workspace\'s names for a people field, and ADR ids with titles for references', () => {
    assert.deepEqual(labelsAt(adr, 4, 17), ['Ada Lovelace', 'Grace Hopper']);
    const references = completionsAt(analyze(adr), builtinDocTypes, { line: 5, character: 12 }, context);
    assert.deepEqual(references.map((suggestion) => [suggestion.label, suggestion.detail]), [['ADR-0003', 'Use Kafka'], ['ADR-0012', 'Use PostgreSQL']]);
    const inFlowList = completionsAt(analyze(adr), builtinDocTypes, { line: 6, character: 20 }, context);
    assert.deepEqual(inFlowList[0]?.range, { start: { line: 6, character: 20 }, end: { line: 6, character: 20 } });
  });

  it('leaves out names already in a people list, and keeps a value when a key is renamed', () => {
    const text = lines('---', 'decision-makers: [Ada Lovelace, ]', 'stat: accepted', '---', '# 14. Use Redis');
    assert.deepEqual(labelsAt(text, 1, 32), ['Grace Hopper']);
    const rename = completionsAt(analyze(text), builtinDocTypes, { line: 2, character: 2 }, context).find((suggestion) => suggestion.label === 'status');
    assert.deepEqual([rename?.insertText, rename?.range], ['status:', { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }]);
  });

  it('offers the type key, then the types, in an untyped document', () => {
    assert.deepEqual(labelsAt(lines('---', '', '---', 'Notes'), 1, 0, 'notes/x.md'), ['type']);
    assert.deepEqual(labelsAt(lines('---', 'type: ', '---', 'Notes'), 1, 6, 'notes/x.md'), ['adr', 'brief', 'mentorship-plan', 'portfolio', 'postmortem']);
  });
});

describe('completion of section headings', () => {
  it('offers the layout\'s sections not yet in the document, in order, after ##', () => {
    const text = lines('# Use X', '', '## Context and Problem Statement', '', 'Why.', '', '## ', '', '## Decision Outcome', '', 'Chosen option: X.');
    const suggestions = completionsAt(analyze(text), builtinDocTypes, { line: 6, character: 3 }, context);
    assert.deepEqual(suggestions.map((suggestion) => suggestion.label), ['Decision Drivers', 'Considered Options', 'Pros and Cons of the Options', 'More Information']);
    assert.deepEqual(suggestions[0]?.range, { start: { line: 6, character: 3 }, end: { line: 6, character: 3 } });
    assert.equal(suggestions[1]?.detail, 'Required section');
  });

  it('offers sub-sections after ### once their parent is present', () => {
    const text = lines('# Use X', '', '## Decision Outcome', '', 'Chosen option: X.', '', '### Con');
    assert.deepEqual(labelsAt(text, 6, 7), ['Consequences', 'Confirmation']);
  });

  it('offers nothing in prose', () => {
    assert.deepEqual(labelsAt(lines('# Use X', '', 'Some text'), 2, 4), []);
  });
});

describe('hover', () => {
  // A small decision log, analysed and catalogued as the server does it.
  const workspace = new InMemoryWorkspace({
    'docs/decisions/0012-use-postgresql.md': lines('---', 'status: accepted', 'date: 2024-01-05', '---', '# 12. Use PostgreSQL', '', '## Context and Problem Statement', '', 'Why.'),
    'docs/decisions/0003-use-kafka.md': lines('# 3. Use Kafka', '', '## Status', '', 'Superseded', '', '## Context', '', 'Why.'),
    'docs/decisions/0014-use-redis.md': lines('---', 'supersedes: ADR-0012', '---', '# 14. Use Redis', '', 'See ADR 3 and [the database one](0012-use-postgresql.md), and [the outage](../postmortems/2025-01-02-db-outage.md).'),
    'docs/postmortems/2025-01-02-db-outage.md': lines('# Postmortem: database outage', '', '## Summary', '', 'It went down.', '', '## Timeline', '', '- 10:00 down', '', '## Root cause', '', 'Disk.', '', '## Action items', '', '- [ ] Add alerts'),
  });
  const catalog = workspace.catalog();
  const hover = (path: string, line: number, character: number): ReturnType<typeof hoverAt> => hoverAt(workspace.analysis(path), builtinDocTypes, { line, character }, catalog);

  it('describes a front matter key with its schema description and allowed values', () => {
    const text = lines('---', 'type: mentorship-plan', 'cadence: weekly', '---', '# Plan');
    assert.deepEqual(hoverAt(analyze(text, 'mentorship/plan.md'), builtinDocTypes, { line: 2, character: 3 }, catalog), {
      markdown: '**cadence**\n\nHow often mentor and mentee meet. `biweekly` and `fortnightly` both mean every two weeks.\n\nAllowed values: `weekly`, `biweekly`, `fortnightly`, `monthly`, `quarterly`.',
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 7 } },
    });
  });

  it('names the field an alias is read as', () => {
    assert.match(hoverAt(analyze(lines('---', 'deciders: Ana', '---', '# Use X')), builtinDocTypes, { line: 1, character: 1 }, catalog)?.markdown ?? '', /^\*\*deciders\*\* \(read as `decision-makers`\)/);
  });

  it('shows the title, status and date of the ADR a supersession, a mention or a link names', () => {
    const path = 'docs/decisions/0014-use-redis.md';
    assert.deepEqual(hover(path, 1, 15), { markdown: '**ADR-0012: Use PostgreSQL**\n\nStatus: **accepted** · Date: 2024-01-05', range: { start: { line: 1, character: 12 }, end: { line: 1, character: 20 } } });
    assert.equal(hover(path, 5, 6)?.markdown, '**ADR-0003: Use Kafka**\n\nStatus: **superseded**');
    assert.equal(hover(path, 5, 40)?.markdown.split('\n')[0], '**ADR-0012: Use PostgreSQL**');
    assert.equal(hover(path, 5, 1), undefined);
  });

  it('shows any catalogued document a link names, with its type', () => {
    assert.equal(hover('docs/decisions/0014-use-redis.md', 5, 80)?.markdown, '**Postmortem: database outage** (Postmortem)');
  });

  it('shows the ADR a mention or link names in an untyped document too, such as a README', () => {
    const analysis = workspace.analysisOf('docs/README.md', lines('# Decisions', '', 'We moved to ADR-0003, then [PostgreSQL](decisions/0012-use-postgresql.md).'));
    assert.equal(analysis.type, null);
    assert.equal(hoverAt(analysis, builtinDocTypes, { line: 2, character: 16 }, catalog)?.markdown, '**ADR-0003: Use Kafka**\n\nStatus: **superseded**');
    assert.equal(hoverAt(analysis, builtinDocTypes, { line: 2, character: 30 }, catalog)?.markdown.split('\n')[0], '**ADR-0012: Use PostgreSQL**');
  });

  it('says nothing of a mention or link that names no catalogued document', () => {
    const text = lines('# 15. Use Mongo', '', 'Unlike ADR-0099 and [this](0042-missing.md).');
    const analysis = workspace.analysisOf('docs/decisions/0015-use-mongo.md', text);
    assert.equal(hoverAt(analysis, builtinDocTypes, { line: 2, character: 10 }, catalog), undefined);
    assert.equal(hoverAt(analysis, builtinDocTypes, { line: 2, character: 24 }, catalog), undefined);
  });
});

describe('document outline', () => {
  it('nests the headings by level and shows failing checklist items as detail', () => {
    const text = lines('# Use X', '', '## Context and Problem Statement', '', 'Why.', '', '## Considered Options', '', '* X', '', '## Decision Outcome', '', 'Chosen option: X.', '', '### Consequences', '', 'Good.');
    const outline = documentOutline(analyze(text));
    const summary = (symbol: (typeof outline)[number]): unknown => ({ name: symbol.name, detail: symbol.detail, lines: [symbol.range.start.line, symbol.range.end.line], children: symbol.children.map(summary) });
    assert.deepEqual(outline.map(summary), [
      {
        name: 'Use X',
        // With no Confirmation section the follow-up item is placed at the title.
        detail: '✗ A follow-up, review date or confirmation exists',
        lines: [0, 16],
        children: [
          { name: 'Context and Problem Statement', detail: '', lines: [2, 4], children: [] },
          { name: 'Considered Options', detail: '✗ At least two options were considered', lines: [6, 8], children: [] },
          { name: 'Decision Outcome', detail: '', lines: [10, 16], children: [{ name: 'Consequences', detail: '', lines: [14, 16], children: [] }] },
        ],
      },
    ]);
    assert.deepEqual(outline[0]?.children[1]?.selectionRange, { start: { line: 6, character: 0 }, end: { line: 6, character: 21 } });
  });

  it('is empty for markdown that is not a leadership document', () => {
    assert.deepEqual(documentOutline(analyze(lines('# Notes', '', '## Todo'), 'notes/todo.md')), []);
  });
});

describe('the authoring context of a workspace', () => {
  it('takes an ADR\'s number from its title, id or file name, and the names in its people fields', () => {
    const analysis = analyze(lines('---', 'decision-makers: [Ana, Bo]', 'consulted: Cy and Di', 'status: accepted', 'date: 2024-01-05', '---', '# Use Redis'), 'docs/decisions/0014-use-redis.md');
    const context = authoringContextOf([analysis.catalogEntry!], '2025-01-01');
    assert.deepEqual(context.decisions, [{ id: 'ADR-0014', number: 14, title: 'Use Redis', status: 'accepted', date: '2024-01-05', uri: 'file:///workspace/docs/decisions/0014-use-redis.md' }]);
    assert.deepEqual(context.people, ['Ana', 'Bo', 'Cy', 'Di']);
  });
});
