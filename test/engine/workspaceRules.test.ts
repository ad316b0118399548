import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allWorkspaceRules, numberInPath, type Finding } from '../../server/src/engine';
import { lines } from '../support/documents';
import { InMemoryWorkspace } from '../support/inMemoryWorkspace';
import { inlineLinksOf } from '../../server/src/engine/workspace/inlineLinks';

/** A MADR 4 ADR with front matter; `extra` lines go into the front matter. */
function madr(title: string, status: string, ...extra: string[]): string {
  return lines('---', `status: ${status}`, 'date: 2025-11-01', ...extra, '---', '', `# ${title}`, '', '## Context and Problem Statement', '', 'We need it.', '', '## Considered Options', '', '* A', '* B', '', '## Decision Outcome', '', 'Chosen option: "A", because it fits.');
}

/** An adr-tools ADR; `statusLines` make up its Status section. */
function nygard(number: number, title: string, ...statusLines: string[]): string {
  return lines(`# ${number}. ${title}`, '', 'Date: 2025-11-01', '', '## Status', '', ...statusLines, '', '## Context', '', 'Why.', '', '## Decision', '', 'What.', '', '## Consequences', '', 'Then.');
}

function only(findings: Finding[], code: string): Finding[] {
  return findings.filter((finding) => finding.code === code);
}

describe('numbering across the decision log', () => {
  it('reports a number used twice in both files, naming the other', () => {
    const workspace = new InMemoryWorkspace({
      'docs/decisions/0002-use-postgres.md': madr('Use Postgres', 'accepted'),
      'docs/decisions/0002-use-kafka.md': madr('Use Kafka', 'accepted'),
      'docs/decisions/0001-record.md': madr('Record decisions', 'accepted'),
    });
    for (const [path, other] of [['docs/decisions/0002-use-postgres.md', '0002-use-kafka.md'], ['docs/decisions/0002-use-kafka.md', '0002-use-postgres.md']] as const) {
      const duplicates = only(workspace.check(path), 'duplicate-number');
      assert.equal(duplicates.length, 1, path);
      assert.equal(duplicates[0]!.severity, 'error');
      assert.match(duplicates[0]!.message, new RegExp(other));
    }
    assert.deepEqual(only(workspace.check('docs/decisions/0001-record.md'), 'duplicate-number'), []);
  });

  it('numbers each folder on its own, and a one-folder-per-decision index.md by its folder', () => {
    const workspace = new InMemoryWorkspace({
      'services/a/adr/0001-x.md': madr('X', 'accepted'),
      'services/b/adr/0001-y.md': madr('Y', 'accepted'),
      'docs/decisions/0003-z/index.md': madr('Z', 'accepted', 'type: adr'),
      'docs/decisions/0003-w.md': madr('W', 'accepted'),
    });
    assert.deepEqual(workspace.codes('services/a/adr/0001-x.md'), []);
    assert.deepEqual(workspace.codes('docs/decisions/0003-z/index.md'), ['duplicate-number']);
  });

  it('reports a title number that disagrees with the file name', () => {
    const workspace = new InMemoryWorkspace({ 'doc/adr/0004-use-x.md': nygard(5, 'Use X', 'Accepted') });
    const [mismatch] = only(workspace.check('doc/adr/0004-use-x.md'), 'number-mismatch');
    assert.match(mismatch!.message, /title says 5 but the file name says 4/);
    assert.equal(mismatch!.range.start.line, 0);
  });

  it("numbers a decision by its file name, so a title copied from another ADR accuses only itself", () => {
    // alphagov/govuk-aws: 0033-ip-ranges.md is titled "3. Networking Outline".
    const workspace = new InMemoryWorkspace({ 'doc/adr/0003-networking.md': nygard(3, 'Networking Outline', 'Accepted'), 'doc/adr/0033-ip-ranges.md': nygard(3, 'Networking Outline', 'Accepted') });
    assert.deepEqual(workspace.codes('doc/adr/0003-networking.md'), []);
    assert.deepEqual(workspace.codes('doc/adr/0033-ip-ranges.md'), ['number-mismatch']);
  });

  it('reads a number from a file name only where it starts the name or follows an ADR word', () => {
    const cases: Array<[string, number | null]> = [
      ['docs/decisions/0012-use-x.md', 12],
      ['doc/adr/adr-012-use-x.md', 12],
      ['adr/ADR0012.md', 12],
      ['records/PAY-ADR-0001-title.md', 1],
      ['architecture-decision-records/ODH-ADR-Operator-0007-auth-crd.md', 7],
      ['docs/adr/2021-06-05_001-record-decisions.md', 1],
      ['docs/decisions/0005-use-x/index.md', 5],
      ['docs/decisions/upgrade-to-python-3.md', null],
      ['docs/decisions/move-to-node-18-runtime.md', null],
      ['docs/adr/20200926-use-the-adr-number.md', null],
      ['docs/decisions/draft-3-notes.md', null],
    ];
    for (const [path, number] of cases) assert.equal(numberInPath(path), number, path);
  });

  it("keeps a front matter id when the file name has no number of its own", () => {
    const workspace = new InMemoryWorkspace({
      'docs/decisions/use-postgres.md': madr('Use Postgres', 'accepted', 'id: ADR-0003'),
      'docs/decisions/upgrade-to-python-3.md': madr('Upgrade to Python 3', 'accepted', 'id: ADR-0012'),
    });
    assert.deepEqual(only(workspace.check('docs/decisions/upgrade-to-python-3.md'), 'duplicate-number'), []);
    assert.deepEqual(only(workspace.check('docs/decisions/use-postgres.md'), 'duplicate-number'), []);
  });

  it('reads the number after a date that starts a file name', () => {
    // cardano-scaling/hydra names its ADRs 2021-06-05_001-record-architectural-decisions.md.
    const workspace = new InMemoryWorkspace({
      'docs/adr/2021-06-05_001-record-architectural-decisions.md': nygard(1, 'Record architectural decisions', 'Accepted'),
      'docs/adr/2021-06-06_002-reactive-core.md': nygard(2, 'Reactive core', 'Accepted'),
    });
    assert.deepEqual(workspace.codes('docs/adr/2021-06-05_001-record-architectural-decisions.md'), []);
    assert.deepEqual(workspace.codes('docs/adr/2021-06-06_002-reactive-core.md'), []);
  });

  it('reports gaps only when a team turns the rule on', () => {
    const files = { 'doc/adr/0001-a.md': nygard(1, 'A', 'Accepted'), 'doc/adr/0004-d.md': nygard(4, 'D', 'Accepted') };
    assert.deepEqual(new InMemoryWorkspace(files).codes('doc/adr/0004-d.md'), []);
    const gaps = only(new InMemoryWorkspace(files, { settings: { rules: { 'numbering-gap': 'information' } } }).check('doc/adr/0004-d.md'), 'numbering-gap');
    assert.equal(gaps.length, 1);
    assert.match(gaps[0]!.message, /2–3/);
  });
});

describe('supersession both ways', () => {
  it('MADR: a decision that supersedes another gets a fix that edits the other file, in its front matter style', () => {
    const workspace = new InMemoryWorkspace({
      'docs/decisions/0002-use-mysql.md': madr('Use MySQL', 'accepted'),
      'docs/decisions/0003-use-postgres.md': madr('Use Postgres', 'accepted', 'supersedes: ADR-0002'),
    });
    const [finding] = only(workspace.check('docs/decisions/0003-use-postgres.md'), 'supersession-back-link');
    assert.ok(finding, 'the missing back-link is reported on the superseding decision');
    assert.match(finding.message, /ADR-0002 \(Use MySQL\) does not say it is superseded by this decision; its status is 'accepted'/);
    const fix = finding.fixes?.[0];
    assert.ok(fix !== undefined && fix.safe === false && fix.edits.length === 0);
    assert.equal(fix.otherDocuments?.[0]?.uri, 'file:///repo/docs/decisions/0002-use-mysql.md');
    workspace.apply('docs/decisions/0003-use-postgres.md', fix);
    assert.match(workspace.texts.get('docs/decisions/0002-use-mysql.md')!, /^status: superseded by ADR-0003$/m);
    assert.deepEqual(workspace.codes('docs/decisions/0003-use-postgres.md'), []);
    assert.deepEqual(workspace.codes('docs/decisions/0002-use-mysql.md'), []);
    assert.equal(workspace.analysis('docs/decisions/0002-use-mysql.md').status?.value, 'superseded');
  });

  it('Nygard: the old record says it is superseded, and the fix adds the adr-tools back-link to the new one', () => {
    const workspace = new InMemoryWorkspace({
      'doc/adr/0002-use-mysql.md': nygard(2, 'Use MySQL', 'Superseded by [3. Use Postgres](0003-use-postgres.md)'),
      'doc/adr/0003-use-postgres.md': nygard(3, 'Use Postgres', 'Accepted'),
    });
    const [finding] = only(workspace.check('doc/adr/0002-use-mysql.md'), 'supersession-back-link');
    assert.match(finding!.message, /ADR-0003 \(Use Postgres\) does not say it supersedes this decision/);
    workspace.apply('doc/adr/0002-use-mysql.md', finding!.fixes![0]!);
    assert.match(workspace.texts.get('doc/adr/0003-use-postgres.md')!, /^Accepted\n\nSupersedes \[2\. Use MySQL\]\(0002-use-mysql\.md\)$/m);
    assert.deepEqual(workspace.codes('doc/adr/0002-use-mysql.md'), []);
    assert.deepEqual(workspace.codes('doc/adr/0003-use-postgres.md'), []);
  });

  it('Nygard: the fix rewrites the old record\'s status line with a link, keeping an emoji style', () => {
    const workspace = new InMemoryWorkspace({
      'doc/adr/0007-use-rest.md': nygard(7, 'Use REST', '✅ Accepted'),
      'doc/adr/0019-use-grpc.md': nygard(19, 'Use gRPC', '✅ Accepted', '', 'Supersedes [7. Use REST](0007-use-rest.md)'),
    });
    const [finding] = only(workspace.check('doc/adr/0019-use-grpc.md'), 'supersession-back-link');
    workspace.apply('doc/adr/0019-use-grpc.md', finding!.fixes![0]!);
    assert.match(workspace.texts.get('doc/adr/0007-use-rest.md')!, /^⌛️ Superseded by \[19\. Use gRPC\]\(0019-use-grpc\.md\)$/m);
    assert.deepEqual(workspace.codes('doc/adr/0019-use-grpc.md'), []);
  });

  it('MADR 2 inline list: the back-link is a list line like the status one', () => {
    const madr2 = (title: string, status: string): string => lines(`# ${title}`, '', `* Status: ${status}`, '* Date: 2025-11-01', '', '## Context and Problem Statement', '', 'Why.', '', '## Considered Options', '', '* A', '', '## Decision Outcome', '', 'Chosen option: "A".');
    const workspace = new InMemoryWorkspace({
      'docs/adr/0001-old.md': madr2('Old', 'superseded by [ADR-0002](0002-new.md)'),
      'docs/adr/0002-new.md': madr2('New', 'accepted'),
    });
    const [finding] = only(workspace.check('docs/adr/0001-old.md'), 'supersession-back-link');
    workspace.apply('docs/adr/0001-old.md', finding!.fixes![0]!);
    assert.match(workspace.texts.get('docs/adr/0002-new.md')!, /^\* Status: accepted\n\* Supersedes: \[ADR-0001\]\(0001-old\.md\)$/m);
    assert.deepEqual(workspace.codes('docs/adr/0001-old.md'), []);
  });

  it('reports a successor or predecessor that does not exist as an error', () => {
    const workspace = new InMemoryWorkspace({
      'docs/decisions/0003-x.md': madr('X', 'accepted', 'supersedes: ADR-0007'),
      'docs/decisions/0004-y.md': nygard(4, 'Y', 'Superseded by [9. Z](0009-z.md)'),
    });
    const [byNumber] = only(workspace.check('docs/decisions/0003-x.md'), 'supersession-target');
    assert.match(byNumber!.message, /^This decision supersedes ADR 7, but no ADR has that number/);
    assert.equal(byNumber!.severity, 'error');
    const [byLink] = only(workspace.check('docs/decisions/0004-y.md'), 'supersession-target');
    assert.match(byLink!.message, /^This decision is superseded by docs\/decisions\/0009-z\.md, which does not exist/);
  });

  it('reads a field that says there is none as no reference, and a site route to a number as that ADR', () => {
    const row = (name: string, value: string): string => `| ${name} | ${value} |`;
    const workspace = new InMemoryWorkspace({
      // opendatahub-io/architecture-decision-records writes its metadata as a table.
      'architecture-decision-records/ODH-ADR-0001-x.md': ['# Open Data Hub ADR: X', '', '| | |', '| --- | --- |', row('Status', 'Approved'), row('Supersedes', 'N/A'), row('Superseded by:', 'N/A'), '', '## Context', '', 'Why.', '', '## Decision', '', 'What.', '', '## Consequences', '', 'Then.', ''].join('\n'),
      // cardano-scaling/hydra links its ADRs by the route of its documentation site.
      'docs/adr/2022-03-28_017-udp.md': nygard(17, 'UDP', 'Superseded (as never implemented) by [ADR 32](/adr/32)'),
      'docs/adr/2025-02-12_032-etcd.md': nygard(32, 'etcd', 'Accepted').replace('Why.', 'Why: [ADR 17](/adr/17) never worked.'),
    });
    assert.deepEqual(only(workspace.check('architecture-decision-records/ODH-ADR-0001-x.md'), 'supersession-target'), []);
    // Nor is a URL a decision of the workspace that could be missing (opendatahub's Operator-0005).
    const byUrl = new InMemoryWorkspace({ 'docs/adr/0005-x.md': madr('X', 'accepted', 'supersedes: https://github.com/example/adrs/pull/23'), 'docs/adr/0023-y.md': madr('Y', 'accepted') });
    assert.deepEqual(byUrl.codes('docs/adr/0005-x.md').filter((code) => code.startsWith('supersession')), []);
    assert.deepEqual(only(workspace.check('docs/adr/2025-02-12_032-etcd.md'), 'broken-link'), [], 'nor is a link by the same route broken');
    // A missing file whose name ends in a number is no route: it stays a broken link.
    const images = new InMemoryWorkspace({ 'docs/adr/0003-x.md': nygard(3, 'X', 'Accepted').replace('Why.', 'See [the diagram](img/3) and [step 3](../runbook/step-3).') });
    assert.equal(only(images.check('docs/adr/0003-x.md'), 'broken-link').length, 2);
    const udp = workspace.check('docs/adr/2022-03-28_017-udp.md');
    assert.deepEqual(only(udp, 'supersession-target'), []);
    assert.match(only(udp, 'supersession-back-link')[0]?.message ?? '', /^ADR-0032 \(etcd\) does not say it supersedes this decision/, 'the route resolved to ADR 32, which does not point back');
  });

  it('reports a chain that loops', () => {
    const workspace = new InMemoryWorkspace({
      'doc/adr/0001-a.md': nygard(1, 'A', 'Superseded by [2. B](0002-b.md)'),
      'doc/adr/0002-b.md': nygard(2, 'B', 'Superseded by [1. A](0001-a.md)'),
    });
    const [loop] = only(workspace.check('doc/adr/0001-a.md'), 'supersession-cycle');
    assert.match(loop!.message, /ADR-0001 → ADR-0002 → ADR-0001/);
  });
});

describe('references', { timeout: 20_000 }, () => {
  const adr = (body: string): string => nygard(1, 'A', 'Accepted').replace('What.', body);

  it('reports a local link to a missing file and a missing heading, not an existing file or anchor', () => {
    const workspace = new InMemoryWorkspace(
      {
        'doc/adr/0001-a.md': adr('See [B](0002-b.md#decision), [gone](0009-gone.md), [bad anchor](0002-b.md#nope), [diagram](../img/flow.png) and [here](#context).'),
        'doc/adr/0002-b.md': nygard(2, 'B', 'Accepted'),
      },
      {},
      ['doc/img/flow.png'],
    );
    const broken = only(workspace.check('doc/adr/0001-a.md'), 'broken-link').map((finding) => finding.message);
    assert.deepEqual(broken, ['doc/adr/0009-gone.md does not exist in the workspace.', 'No heading in doc/adr/0002-b.md has the anchor #nope.']);
  });

  it('checks URLs for syntax only', () => {
    const workspace = new InMemoryWorkspace({ 'doc/adr/0001-a.md': adr('See [ok](https://example.com/x?y=1) and [bad](https://) and [worse](http:/oops).') });
    assert.equal(only(workspace.check('doc/adr/0001-a.md'), 'broken-link').length, 2);
  });

  it('reports an ADR-0042 mention nobody has, but not one that exists or sits in code', () => {
    const workspace = new InMemoryWorkspace({ 'doc/adr/0001-a.md': adr('Builds on ADR-0002, unlike ADR-0042; `ADR-0099` is an example.'), 'doc/adr/0002-b.md': nygard(2, 'B', 'Accepted') });
    const unknown = only(workspace.check('doc/adr/0001-a.md'), 'unknown-decision');
    assert.equal(unknown.length, 1);
    assert.match(unknown[0]!.message, /numbered 42/);
  });

  it('reads links in one pass: brackets that never close cost what letters cost', () => {
    const hostile = `${'['.repeat(50_000)}${'](x'.repeat(20_000)}${'[a](b '.repeat(20_000)}`;
    // A quadratic scan of this line takes minutes; the test runner's timeout is the guard.
    assert.equal(inlineLinksOf(hostile).length, 0);
    assert.deepEqual(inlineLinksOf('[a](b) and ![c](d "t") [e]'), [{ text: 'a', destination: 'b', destinationStart: 4, start: 0, end: 6 }, { text: 'c', destination: 'd', destinationStart: 16, start: 11, end: 22 }]);
  });
});

describe('follow-ups, against an injected today', () => {
  it('reports a passed review date, unless the decision is superseded', () => {
    const workspace = new InMemoryWorkspace({ 'docs/decisions/0001-x.md': madr('X', 'accepted', 'review-date: 2025-12-01') });
    assert.deepEqual(workspace.codes('docs/decisions/0001-x.md', '2025-11-30'), []);
    const [overdue] = only(workspace.check('docs/decisions/0001-x.md', '2025-12-11'), 'review-overdue');
    assert.match(overdue!.message, /passed 10 days ago/);
  });

  it('reports a proposal older than the configured number of days', () => {
    const workspace = new InMemoryWorkspace({ 'docs/decisions/0001-x.md': madr('X', 'proposed') });
    assert.deepEqual(only(workspace.check('docs/decisions/0001-x.md', '2025-11-20'), 'stale-proposal'), []);
    assert.equal(only(workspace.check('docs/decisions/0001-x.md', '2025-12-20'), 'stale-proposal').length, 1);
  });

  it('counts a proposal from the day it was added to the repository when the host knows it, else from its date', () => {
    const workspace = new InMemoryWorkspace({ 'docs/decisions/0001-x.md': madr('X', 'proposed'), 'docs/decisions/0002-y.md': lines('# 2. Y', '', '## Status', '', 'Proposed', '', '## Context', '', 'Why.') });
    const history = (entry: { uri: string }): string | undefined => (entry.uri.endsWith('0001-x.md') ? '2025-12-10' : entry.uri.endsWith('0002-y.md') ? '2025-10-01' : undefined);
    assert.deepEqual(only(workspace.check('docs/decisions/0001-x.md', '2025-12-20', 30, history), 'stale-proposal'), [], 'added ten days ago, though dated in November');
    const [stale] = only(workspace.check('docs/decisions/0001-x.md', '2026-01-20', 30, history), 'stale-proposal');
    assert.match(stale!.message, /Proposed for 41 days \(added to the repository on 2025-12-10\)/);
    assert.deepEqual(stale!.data, { since: '2025-12-10', days: 41, from: 'history' });
    // A document without a date of its own is still counted, from its history.
    assert.equal(only(workspace.check('docs/decisions/0002-y.md', '2025-12-20', 30, history), 'stale-proposal').length, 1);
    assert.deepEqual(only(workspace.check('docs/decisions/0002-y.md', '2025-12-20', 30), 'stale-proposal'), []);
    const [fromDate] = only(workspace.check('docs/decisions/0001-x.md', '2025-12-20', 30, () => undefined), 'stale-proposal');
    assert.deepEqual(fromDate!.data, { since: '2025-11-01', days: 49, from: 'date' });
  });

  it('reports postmortem action items past due and not done, with their owner', () => {
    const postmortem = lines('---', 'type: postmortem', '---', '', '# Outage', '', '## Summary', '', 'Down.', '', '## Action items', '', '- [ ] Add alerting — @dana, due 2025-12-01', '- [x] Rotate keys — @li, due 2025-11-01', '- [ ] Write runbook — @sam, due 2026-03-01', '', '| Action | Owner | Due | Status |', '|---|---|---|---|', '| Fix DNS TTL | Ana | 2025-10-01 | Done |', '| Cap retries | Ben | 2025-10-02 | Open |');
    const workspace = new InMemoryWorkspace({ 'postmortems/2025-outage.md': postmortem });
    const overdue = only(workspace.check('postmortems/2025-outage.md', '2026-01-15'), 'overdue-action-item').map((finding) => finding.message);
    assert.equal(overdue.length, 2);
    assert.match(overdue[0]!, /due 2025-12-01, owner dana\): Add alerting/);
    assert.match(overdue[1]!, /due 2025-10-02, owner Ben\): Cap retries/);
  });

  it('reports a mentorship plan whose feedback log lapsed beyond two cadence periods', () => {
    const plan = (last: string): string => lines('---', 'type: mentorship-plan', 'cadence: weekly', '---', '', '# Plan', '', '## Goals', '', '- Lead a design review — from 0 to 2 by 2026-03-01', '', '## Feedback log', '', '- 2025-11-01 — kickoff', `- ${last} — review`);
    assert.deepEqual(only(new InMemoryWorkspace({ 'mentorship/a.md': plan('2026-01-05') }).check('mentorship/a.md', '2026-01-15'), 'lapsed-feedback'), []);
    const [lapsed] = only(new InMemoryWorkspace({ 'mentorship/a.md': plan('2025-12-01') }).check('mentorship/a.md', '2026-01-15'), 'lapsed-feedback');
    assert.match(lapsed!.message, /from 2025-12-01, 45 days ago; a weekly cadence expects one every 7 days/);
  });

  it('reports a portfolio citing an ADR that was later superseded', () => {
    const portfolio = lines('---', 'type: portfolio', '---', '', '# My portfolio', '', '## Leadership actions', '', '- Led the move to MySQL — evidence: [ADR-0002](../docs/decisions/0002-use-mysql.md)', '- Drove ADR-0003');
    const workspace = new InMemoryWorkspace({
      'portfolio/2025.md': portfolio,
      'docs/decisions/0002-use-mysql.md': madr('Use MySQL', 'superseded by ADR-0003'),
      'docs/decisions/0003-use-postgres.md': madr('Use Postgres', 'accepted', 'supersedes: ADR-0002'),
    });
    const cited = only(workspace.check('portfolio/2025.md'), 'cites-reversed-decision');
    assert.equal(cited.length, 1);
    assert.match(cited[0]!.message, /cites ADR-0002 \(Use MySQL\), which was superseded by ADR-0003 \(Use Postgres\)/);
  });
});

describe('the workspace rules honour settings and directives like the others', () => {
  it('a disable directive and an off setting silence a workspace rule', () => {
    const files = { 'doc/adr/0001-a.md': nygard(1, 'A', 'Accepted').replace('Why.', 'Why. See ADR-0042.') };
    assert.deepEqual(new InMemoryWorkspace(files).codes('doc/adr/0001-a.md'), ['unknown-decision']);
    assert.deepEqual(new InMemoryWorkspace(files, { settings: { rules: { 'unknown-decision': 'off' } } }).codes('doc/adr/0001-a.md'), []);
    const silenced = { 'doc/adr/0001-a.md': files['doc/adr/0001-a.md'].replace('Why.', 'Why.\n\n<!-- leaddocs-disable unknown-decision -->') };
    assert.deepEqual(new InMemoryWorkspace(silenced).codes('doc/adr/0001-a.md'), []);
  });

  it('a workspace rule that throws becomes rule-failure and the others still run', () => {
    const throwing = { meta: { id: 'explodes', title: 'x', description: 'x', defaultSeverity: 'error' as const, fixable: false }, check: () => { throw new Error('boom'); } };
    const workspace = new InMemoryWorkspace({ 'doc/adr/0001-a.md': nygard(1, 'A', 'Accepted').replace('Why.', 'See ADR-0042.') }, { workspaceRules: [throwing, ...allWorkspaceRules] });
    assert.deepEqual(workspace.codes('doc/adr/0001-a.md').sort(), ['rule-failure', 'unknown-decision']);
  });
});
