import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { builtinDocTypes, createEngine, type DocTypeSpec } from '../../server/src/engine';
import { analyze, lines } from '../support/documents';

/** Only a title: whatever types it comes from the path. */
const bare = lines('# Use a message queue', '', 'Some text.');

function signalsOf(text: string, path: string): string[] {
  return analyze(text, path).detection?.signals.map((signal) => `${signal.kind}:${signal.matched}`) ?? [];
}

describe('detection signals', () => {
  it('a folder named for decisions anywhere in the path', () => {
    for (const folder of ['adr', 'adrs', 'decisions', 'architecture-decision-records', 'architecture-decision-record', 'decision-log', 'ARCHITECTURE-DECISIONS']) {
      const analysis = analyze(bare, `repo/docs/${folder}/notes.md`);
      assert.equal(analysis.type, 'adr', folder);
      assert.deepEqual(analysis.detection?.signals.map((signal) => signal.kind), ['folder'], folder);
    }
    assert.equal(analyze(bare, 'docs/design/notes.md').type, null);
  });

  it('ADR numbers in the file name: adr-NNN, <PREFIX>-ADR-NNNN-, and NNNN- as supporting evidence', () => {
    assert.equal(analyze(bare, 'architecture/adr-007-use-kafka.md').type, 'adr');
    assert.equal(analyze(bare, 'records/PAY-ADR-0001-use-kafka.md').type, 'adr');
    assert.equal(analyze(bare, 'misc/0007-use-kafka.md').type, null, 'a number alone is weak');
    assert.equal(analyze(bare, 'misc/cadr-1.md').type, null);
  });

  it('an ADR number or "Architecture Decision Record" in the title', () => {
    assert.equal(analyze(lines('# ADR-012: Use Kafka', '', 'Text.'), 'notes/kafka.md').type, 'adr');
    assert.equal(analyze(lines('# Architecture Decision Record: Use Kafka', '', 'Text.'), 'notes/kafka.md').type, 'adr');
    assert.equal(analyze(lines('# Architecture decision records: a how-to', '', 'Text.'), 'notes/adrs-how-to.md').type, null);
  });

  it("MADR 4's front matter: status, date and decision-makers", () => {
    const madr4 = lines('---', 'status: proposed', 'date: 2024-01-02', 'decision-makers: Ana', '---', '# Use Kafka', '', 'Text.');
    assert.equal(analyze(madr4, 'notes/kafka.md').type, 'adr');
    assert.deepEqual(signalsOf(madr4, 'notes/kafka.md'), ['frontMatter:status, date, decision-makers', 'frontMatter:status']);
    assert.equal(analyze(lines('---', 'status: draft', 'date: 2024-01-02', '---', '# Blog post', '', 'Text.'), 'blog/post.md').type, null);
  });

  it('section headings with their synonyms add up; one alone is not enough', () => {
    assert.equal(analyze(lines('# Use Kafka', '', '## Context', '', 'c', '', '## Decision', '', 'd'), 'notes/kafka.md').type, 'adr');
    assert.equal(analyze(lines('# Use Kafka', '', '## Context and Problem Statement', '', 'c', '', '## Decision Outcome', '', 'd'), 'notes/kafka.md').type, 'adr');
    assert.equal(analyze(lines('# Use Kafka', '', '## Decision', '', 'd'), 'notes/kafka.md').type, null);
    assert.deepEqual(signalsOf(lines('# 4. Use Kafka', '', '## Status', '', 'Accepted', '', '## Context', '', 'c', '', '## Decision', '', 'd', '', '## Consequences', '', 'e'), 'x.md'), [
      'title:4. Use Kafka',
      'headings:Status',
      'headings:Context',
      'headings:Decision',
      'headings:Consequences',
    ]);
  });

  it('inline fields under the title (log4brains, adr-tools)', () => {
    const analysis = analyze(lines('# Use Kafka', '', '- Status: accepted', '- Deciders: Ana, Bo', '- Date: 2024-01-02', '', '## Context and Problem Statement', '', 'c'), 'notes/kafka.md');
    assert.equal(analysis.type, 'adr');
    assert.deepEqual(
      analysis.detection?.signals.filter((signal) => signal.kind === 'inlineFields').map((signal) => signal.matched),
      ['status', 'deciders', 'date'],
    );
  });

  it('a postmortem by its name (PM2020-001, incident-…, …-postmortem) or its headings', () => {
    assert.equal(analyze(bare, 'ops/PM2020-001 - Checkout outage.md').type, 'postmortem');
    assert.equal(analyze(lines('# Checkout outage', '', '## Summary', '', 's', '', '## Impact', '', 'i'), 'ops/incident-2024-03-checkout.md').type, 'postmortem');
    assert.equal(analyze(bare, 'ops/2024-03-01-checkout-postmortem.md').type, 'postmortem');
    const undated = lines('# Checkout outage', '', '## Summary', '', 's', '', '## Timeline', '', 't', '', '## Contributing Factors', '', 'c', '', '## Action Items', '', '- a');
    assert.equal(analyze(undated, 'ops/checkout.md').type, 'postmortem');
    assert.equal(analyze(bare, 'docs/incident-reviews/checkout.md').type, 'postmortem');
  });

  it('a heading synonym ending in * takes the words an author adds after it', () => {
    const chia = lines('# Wallet outage', '', '## Issue Summary', '', 's', '', '## Timeline (all times PST) 10/14/2022 - 11/03/2022', '', 't', '', '## Resolution and recovery', '', 'r');
    const analysis = analyze(chia, '2023-01/2023-01-31-wallet.md');
    assert.equal(analysis.type, 'postmortem');
    assert.ok(analysis.detection?.signals.some((signal) => signal.matched === 'Timeline (all times PST) 10/14/2022 - 11/03/2022'));
  });

  it('evidence against: an RFC or design doc in a decisions folder stays silent', () => {
    const rfc = lines('# Caching', '', '## Summary', '', 's', '', '## Motivation', '', 'm', '', '## Detailed design', '', 'd', '', '## Drawbacks', '', 'x', '', '## Unresolved questions', '', 'q');
    assert.equal(analyze(rfc, 'docs/decisions/caching.md').type, null);
    const ietf = lines('# RFC 9110: HTTP Semantics', '', '## Abstract', '', 'a', '', '## Background', '', 'b', '', '## Discussion', '', 'd');
    assert.equal(analyze(ietf, 'notes/http.md').type, null);
    const meeting = lines('# Architecture sync', '', '## Attendees', '', '- Ana', '', '## Agenda', '', '- x', '', '## Decision', '', 'd', '', '## Action items', '', '- y');
    assert.equal(analyze(meeting, 'notes/sync.md').type, null);
  });

  it('the highest score wins when two types have evidence', () => {
    const postmortem = lines('# Checkout outage', '', '## Summary', '', 's', '', '## Timeline', '', 't', '', '## Root cause', '', 'r', '', '## Action items', '', '- a', '', '## Lessons learned', '', 'l');
    assert.equal(analyze(postmortem, 'docs/decisions/checkout.md').type, 'postmortem');
  });

  it('explains a typed document: by, score and signals', () => {
    const analysis = analyze(bare, 'docs/decisions/0001-use-kafka.md');
    assert.deepEqual(analysis.detection, {
      by: 'signals',
      score: 7,
      threshold: 5,
      signals: [
        { kind: 'folder', matched: 'decisions', weight: 5 },
        { kind: 'fileName', matched: '0001-use-kafka', weight: 2 },
      ],
    });
    assert.equal(analysis.detectedBy, 'path');
    assert.equal(analyze(lines('---', 'type: adr', '---', '# T'), 'x.md').detection?.by, 'front-matter');
    assert.equal(analyze(bare, 'notes/x.md').detection, null);
  });
});

describe('one folder per document', () => {
  it('judges an index.md in a folder of its own by its content and its folder name', () => {
    const nygard = lines('# Use Kafka', '', '## Status', '', 'Accepted', '', '## Context', '', 'c', '', '## Decision', '', 'd', '', '## Consequences', '', 'e');
    const analysis = analyze(nygard, 'examples/use-kafka/index.md');
    assert.equal(analysis.type, 'adr');
    assert.equal(analyze(bare, 'docs/decisions/0007-use-kafka/index.md').type, 'adr');
    assert.deepEqual(signalsOf(bare, 'docs/decisions/0007-use-kafka/index.md'), ['folder:decisions', 'fileName:0007-use-kafka']);
  });

  it("leaves a decision log's own index.md alone, and any page that lists other documents", () => {
    const nygard = lines('# Decisions', '', '## Status', '', 'Accepted', '', '## Context', '', 'c', '', '## Decision', '', 'd', '', '## Consequences', '', 'e');
    assert.equal(analyze(nygard, 'docs/decisions/index.md').type, null);
    const log = lines('# Decision log', '', ...Array.from({ length: 6 }, (_, n) => `- [ADR-${n}: Decision ${n}](000${n}-decision.md)`));
    assert.equal(analyze(log, 'docs/architecture/log/index.md').type, null);
    assert.equal(analyze(log, 'docs/decisions/decision-log.md').type, null);
    const catalogue = lines('# Postmortems from other companies', '', '## Timeline', '', ...Array.from({ length: 8 }, (_, n) => `- [Outage ${n}](https://example.com/${n}) — root cause: config.`), '', '## Root cause', '', 'Mostly config.');
    assert.equal(analyze(catalogue, 'reading/postmortems.md').type, null);
  });

  it('does not take options argued with citations for a listing', () => {
    const cited = Array.from({ length: 8 }, (_, n) => `* Good, because [reason ${n}](https://example.com/${n})`);
    assert.equal(analyze(lines('# Use Gradle', '', '## Considered Options', '', ...cited, '', '## Decision Outcome', '', 'Gradle.'), 'docs/decisions/0003-use-gradle.md').type, 'adr');
  });

  it('keeps templates silent but not decisions about templates', () => {
    assert.equal(analyze(bare, 'docs/decisions/adr-template.md').type, null);
    assert.equal(analyze(bare, 'docs/decisions/template.md').type, null);
    assert.equal(analyze(bare, 'docs/decisions/adr-template-bare-minimal.md').type, null);
    assert.equal(analyze(bare, 'docs/decisions/adr-014-project-templates.md').type, 'adr');
    assert.equal(analyze(bare, 'docs/decisions/0039-use-velocity-as-template-engine.md').type, 'adr');
    assert.equal(analyze(bare, 'docs/decisions/madr-template-full.md').type, null);
  });

});

describe('switching detection off', () => {
  it('front matter leaddocs: off silences a file, whatever else it says', () => {
    for (const value of ['off', 'Off', 'false']) {
      const analysis = analyze(lines('---', 'type: adr', `leaddocs: ${value}`, '---', '# T', '', '## Status', '', 'Bananas'), 'docs/decisions/0001-x.md');
      assert.equal(analysis.type, null, value);
      assert.equal(analysis.findings.length, 0, value);
    }
  });

  it('the ignore setting silences files by glob', () => {
    const ignoring = { settings: { ignore: ['**/drafts/**'] } };
    assert.equal(analyze(bare, 'docs/decisions/drafts/0001-x.md', ignoring).type, null);
    assert.equal(analyze(bare, 'docs/decisions/0001-x.md', ignoring).type, 'adr');
  });
});

describe('a team type in another language', () => {
  const spec = JSON.parse(readFileSync(new URL('../../examples/.leaddocs/types/adr-de.doctype.json', import.meta.url), 'utf8')) as DocTypeSpec;
  const engine = createEngine({ docTypes: [...builtinDocTypes, { spec }] });
  const adr = lines('# 1. Kafka für Bestellereignisse', '', '## Status', '', '✅ Angenommen', '', '## Kontext', '', 'k', '', '## Entscheidung', '', 'e', '', '## Konsequenzen', '', 'f');

  it('is recognised by its German headings and folder, and reads its German statuses', () => {
    assert.deepEqual(engine.configurationProblems, []);
    const anywhere = engine.analyze({ uri: 'file:///w/notizen/kafka.md', path: 'notizen/kafka.md', text: adr });
    assert.equal(anywhere.type, 'adr-de');
    assert.deepEqual(anywhere.detection?.signals.map((signal) => signal.matched), ['Status', 'Kontext', 'Entscheidung', 'Konsequenzen']);
    assert.deepEqual([anywhere.status?.value, anywhere.status?.raw], ['akzeptiert', '✅ Angenommen']);
    assert.equal(engine.analyze({ uri: 'file:///w/doku/entscheidungen/0002-x.md', path: 'doku/entscheidungen/0002-x.md', text: lines('# Postgres') }).type, 'adr-de');
  });

  it('reads a status and fields under the labels its spec gives them, umlauts and all', () => {
    const inline = lines('# 2. Postgres für Bestellungen', '', '- Zustand: Vorgeschlagen', '- Entscheidungsträger: Ana, Ben', '- Datum: 2025-03-01', '', '## Kontext', '', 'k', '', '## Entscheidung', '', 'e');
    const analysis = engine.analyze({ uri: 'file:///w/doku/entscheidungen/0002-postgres.md', path: 'doku/entscheidungen/0002-postgres.md', text: inline });
    assert.equal(analysis.type, 'adr-de');
    assert.deepEqual([analysis.status?.value, analysis.status?.raw], ['vorgeschlagen', 'Vorgeschlagen']);
    assert.equal(analysis.fields['entscheider']?.text, 'Ana, Ben');
    assert.equal(analysis.fields['entscheider']?.writtenAs, 'Entscheidungsträger');
  });

  it('does not take an English ADR from the built-in type', () => {
    const english = lines('# Use Kafka', '', '## Status', '', 'Accepted', '', '## Context', '', 'c', '', '## Decision', '', 'd', '', '## Consequences', '', 'e');
    assert.equal(engine.analyze({ uri: 'file:///w/notes/kafka.md', path: 'notes/kafka.md', text: english }).type, 'adr');
  });

  it('refuses a signal pattern that needs backtracking, with a message', () => {
    const broken: DocTypeSpec = { ...spec, detect: { signals: [{ fileName: '(a)\\1', weight: 5 }] } };
    const withBroken = createEngine({ docTypes: [...builtinDocTypes, { spec: broken }] });
    assert.equal(withBroken.configurationProblems.length, 1);
    assert.match(withBroken.configurationProblems[0] ?? '', /RE2/);
  });
});
