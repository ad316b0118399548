import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectNamingScheme, nextDocumentName, slugify, type NamingScheme } from '../../server/src/host/newDocument/naming';

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
  it('reads a prefix, the year and a number that restarts each year, with the title as written (dfds postmortems)', () => {
    const names = ['PM2024-003 - Kube state metrics exposing wrong labels.md', 'PM2025-001 - Node system resource starvation.md', 'PM2025-002 - Traefik rule preventing some inbound traffic.md', 'PMyyyy-nnn - Postmortem template.md', 'README.md', 'LICENSE'];
    assert.deepEqual(detectNamingScheme(names, { kind: 'isoDate' }), { kind: 'yearNumbered', prefix: 'PM', yearSeparator: '-', width: 3, titleSeparator: ' - ', titleAsWritten: true });
    assert.deepEqual(detectNamingScheme(['INC-2024-07-db-failover.md', 'INC-2024-08-dns.md'], { kind: 'isoDate' }), { kind: 'yearNumbered', prefix: 'INC-', yearSeparator: '-', width: 2, titleSeparator: '-', titleAsWritten: false });
  });
  it('does not read a date as a year and a number', () => {
    assert.deepEqual(detectNamingScheme(['2025-09-29-flags-is-down.md', '2025-10-03-surveys-sdk-bug.md'], { kind: 'slug' }), { kind: 'isoDate' });
    assert.deepEqual(detectNamingScheme(['adr-2001-use-x.md', 'adr-2002-use-y.md'], MADR_DEFAULT), { kind: 'numbered', prefix: 'adr-', width: 4 });
  });
  it('reads the day then a running number (cardano-scaling/hydra)', () => {
    const names = ['2021-06-05_001-record-architectural-decisions.md', '2022-03-28_017-udp-networking.md', '2023-10-16_028_offline_adr.md', '2026-07-16_034-binary-cbor-api.md'];
    const scheme = detectNamingScheme(names, MADR_DEFAULT);
    assert.deepEqual(scheme, { kind: 'datedNumbered', separator: '_', width: 3 });
    assert.deepEqual(nextDocumentName(names, scheme, 'Use etcd', TODAY), { fileName: '2026-11-25_035-use-etcd.md', number: 35 });
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
  it('reads numbers of one or two digits as the engine does, keeping their width', () => {
    const names = ['adr-1-a.md', 'adr-7-b.md'];
    const scheme = detectNamingScheme(names, MADR_DEFAULT);
    assert.deepEqual(scheme, { kind: 'numbered', prefix: 'adr-', width: 1 });
    assert.deepEqual(nextDocumentName(names, scheme, 'c', TODAY), { fileName: 'adr-8-c.md', number: 8 });
  });
  it('writes the prefix and width it found', () => {
    assert.equal(nextDocumentName(['adr-009-a.md'], { kind: 'numbered', prefix: 'adr-', width: 3 }, 'b', TODAY).fileName, 'adr-010-b.md');
  });
  it('dates log4brains and postmortem names with today', () => {
    assert.equal(nextDocumentName(['20240102-a.md'], { kind: 'compactDate' }, 'b', TODAY).fileName, '20261125-b.md');
    assert.equal(nextDocumentName([], { kind: 'isoDate' }, 'checkout-outage', TODAY).fileName, '2026-11-25-checkout-outage.md');
  });
  it('numbers within the year of today, starting again at 1 in a new year, and keeps the title as written', () => {
    const dfds: NamingScheme = { kind: 'yearNumbered', prefix: 'PM', yearSeparator: '-', width: 3, titleSeparator: ' - ', titleAsWritten: true };
    const names = ['PM2025-001 - Node starvation.md', 'PM2025-002 - Traefik rule.md', 'PM2024-009 - Older.md', 'pm2025-007 - other prefix case.md'];
    assert.deepEqual(nextDocumentName(names, dfds, 'Checkout: outage / EU', '2025-06-01'), { fileName: 'PM2025-008 - Checkout outage EU.md', number: 8 });
    assert.deepEqual(nextDocumentName(names, dfds, 'Checkout outage', TODAY), { fileName: 'PM2026-001 - Checkout outage.md', number: 1 });
    const slugged: NamingScheme = { kind: 'yearNumbered', prefix: 'INC-', yearSeparator: '-', width: 2, titleSeparator: '-', titleAsWritten: false };
    assert.equal(nextDocumentName(['INC-2026-07-db-failover.md'], slugged, 'Checkout outage', TODAY).fileName, 'INC-2026-08-checkout-outage.md');
  });
  it('never overwrites: a taken name gets a suffix', () => {
    assert.equal(nextDocumentName(['q3-plan.md', 'q3-plan-2.md'], { kind: 'slug' }, 'q3-plan', TODAY).fileName, 'q3-plan-3.md');
    assert.equal(nextDocumentName(['20261125-b.md'], { kind: 'compactDate' }, 'b', TODAY).fileName, '20261125-b-2.md');
  });
});
