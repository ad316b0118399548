import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksLikeNygardAdr } from '../../client/src/newDocument/documentKinds';
import { detectNamingScheme, fillTemplate, localIsoDate, nextDocumentName, slugify, type NamingScheme } from '../../client/src/newDocument/numbering';

const MADR_DEFAULT: NamingScheme = { kind: 'numbered', prefix: '', width: 4 };
const TODAY = '2026-11-25';

describe('slugify', () => {
  const cases: Array<[string, string]> = [
    ['Use PostgreSQL for orders', 'use-postgresql-for-orders'],
    ['Buy, don’t build: route optimisation!', 'buy-dont-build-route-optimisation'],
    ['Café & Crème', 'cafe-and-creme'],
    ['  ', 'untitled'],
    ['A'.repeat(10) + ' ' + 'b'.repeat(55), 'a'.repeat(10)],
  ];
  for (const [title, slug] of cases) it(`'${title}' → '${slug}'`, () => assert.equal(slugify(title), slug));
});

describe('detectNamingScheme', () => {
  it('reads MADR and adr-tools numbering, with its width', () => {
    assert.deepEqual(detectNamingScheme(['0001-record.md', '0002-use-x.md', 'README.md'], MADR_DEFAULT), { kind: 'numbered', prefix: '', width: 4 });
  });
  it('keeps a prefix such as adr- and a three-digit width', () => {
    assert.deepEqual(detectNamingScheme(['adr-001-a.md', 'adr-012-b.md', 'index.md'], MADR_DEFAULT), { kind: 'numbered', prefix: 'adr-', width: 3 });
  });
  it('recognises log4brains dates', () => {
    assert.deepEqual(detectNamingScheme(['20240102-use-x.md', '20240310-use-y.md', 'template.md'], MADR_DEFAULT), { kind: 'compactDate' });
  });
  it('recognises ISO-dated names, which are not numbers', () => {
    assert.deepEqual(detectNamingScheme(['2026-03-11-settlement-batch-delay.md'], { kind: 'slug' }), { kind: 'isoDate' });
  });
  it('falls back to plain slugs for named documents and to the default for an empty folder', () => {
    assert.deepEqual(detectNamingScheme(['q3-platform-migration.md'], MADR_DEFAULT), { kind: 'slug' });
    assert.deepEqual(detectNamingScheme(['README.md', 'notes.txt'], MADR_DEFAULT), MADR_DEFAULT);
  });
  it('follows the majority when a folder mixes schemes', () => {
    assert.deepEqual(detectNamingScheme(['0001-a.md', '0002-b.md', '20240102-c.md'], { kind: 'slug' }), { kind: 'numbered', prefix: '', width: 4 });
  });
});

describe('nextDocumentName', () => {
  it('numbers after the highest number, not the count, so gaps are not reused', () => {
    assert.deepEqual(nextDocumentName(['0001-a.md', '0005-e.md', '0000-template.md'], MADR_DEFAULT, 'use-kafka', TODAY), { fileName: '0006-use-kafka.md', number: 6 });
  });
  it('starts at 1 in an empty folder', () => {
    assert.deepEqual(nextDocumentName([], MADR_DEFAULT, 'record-architecture-decisions', TODAY), { fileName: '0001-record-architecture-decisions.md', number: 1 });
  });
  it('writes the prefix and width it found', () => {
    assert.equal(nextDocumentName(['adr-009-a.md'], { kind: 'numbered', prefix: 'adr-', width: 3 }, 'b', TODAY).fileName, 'adr-010-b.md');
  });
  it('dates log4brains and postmortem names with today', () => {
    assert.equal(nextDocumentName(['20240102-a.md'], { kind: 'compactDate' }, 'b', TODAY).fileName, '20261125-b.md');
    assert.equal(nextDocumentName([], { kind: 'isoDate' }, 'checkout-outage', TODAY).fileName, '2026-11-25-checkout-outage.md');
  });
  it('never overwrites: a taken name gets a suffix', () => {
    assert.equal(nextDocumentName(['q3-plan.md', 'q3-plan-2.md'], { kind: 'slug' }, 'q3-plan', TODAY).fileName, 'q3-plan-3.md');
    assert.equal(nextDocumentName(['20261125-b.md'], { kind: 'compactDate' }, 'b', TODAY).fileName, '20261125-b-2.md');
  });
});

describe('fillTemplate', () => {
  it('fills title, date and number and leaves template prompts alone', () => {
    const filled = fillTemplate('# {{number}}. {{ title }}\n\nDate: {{date}}\n\n{What forces are at play?} {{unknown}}', { title: 'Use Kafka', date: TODAY, number: 7 });
    assert.equal(filled, '# 7. Use Kafka\n\nDate: 2026-11-25\n\n{What forces are at play?} {{unknown}}');
  });
  it('does not read $ in a title as a replacement pattern', () => {
    assert.equal(fillTemplate('# {{title}}', { title: 'Cut $& costs', date: TODAY, number: 1 }), '# Cut $& costs');
  });
});

describe('localIsoDate', () => {
  it('pads month and day', () => assert.equal(localIsoDate(new Date(2026, 0, 5)), '2026-01-05'));
});

describe('looksLikeNygardAdr', () => {
  it('knows an adr-tools record by its numbered title and Status section', () => {
    assert.equal(looksLikeNygardAdr('# 2. Use PostgreSQL\n\nDate: 2025-09-15\n\n## Status\n\nAccepted\n'), true);
  });
  it('does not take a MADR record for one', () => {
    assert.equal(looksLikeNygardAdr('---\nstatus: accepted\n---\n\n# Use PostgreSQL\n\n## Context and Problem Statement\n'), false);
    assert.equal(looksLikeNygardAdr('# 2. Use PostgreSQL\n\n## Context and Problem Statement\n'), false);
  });
});
