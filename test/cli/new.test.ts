import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertNoStack, inWorkspace, leaddocs } from './cliTestSupport';

const TODAY = '2026-11-25';
const NYGARD = '# 1. Record architecture decisions\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a record.\n\n## Decision\n\nWe keep ADRs.\n\n## Consequences\n\nSee Nygard.\n';

describe('leaddocs new', () => {
  it('continues an adr-tools folder: next number, its width, a Nygard record, never the same file twice', () => {
    inWorkspace({ 'doc/adr/0001-record-architecture-decisions.md': NYGARD, 'doc/adr/0002-use-make.md': NYGARD.replace('1. Record architecture decisions', '2. Use make') }, (root) => {
      const first = leaddocs(['new', 'adr', 'Use', 'PostgreSQL', '--today', TODAY], root);
      assert.equal(first.status, 0, first.stderr);
      assert.equal(first.stdout, 'Wrote doc/adr/0003-use-postgresql.md.\n');
      assert.equal(
        readFileSync(join(root, 'doc/adr/0003-use-postgresql.md'), 'utf8').split('\n').slice(0, 8).join('\n'),
        `# 3. Use PostgreSQL\n\nDate: ${TODAY}\n\n## Status\n\nProposed\n`,
      );
      const second = leaddocs(['new', 'adr', 'Use PostgreSQL', '--today', TODAY], root);
      assert.equal(second.stdout, 'Wrote doc/adr/0004-use-postgresql.md.\n');
    });
  });

  it('writes a MADR ADR and a team type from the workspace settings, reporting JSON', () => {
    const settings = { 'leaddocs.customTypes': ['types/okr.doctype.json'], 'leaddocs.templates.folder': '.leaddocs/templates' };
    const okr = { id: 'okr', label: 'OKRs', detect: { paths: ['**/okrs/**'] }, sections: [{ id: 'objective', title: 'Objective' }], checklist: [] };
    inWorkspace(
      {
        '.vscode/settings.json': JSON.stringify(settings),
        'types/okr.doctype.json': JSON.stringify(okr),
        'docs/decisions/0007-use-kafka.md': '---\nstatus: accepted\n---\n# Use Kafka\n\n## Context and Problem Statement\n\nQueues.\n',
        'planning/okrs/q3-platform.md': '# Q3\n',
        '.leaddocs/templates/brief.md': '# {{title}} ({{date}})\n',
      },
      (root) => {
        const adr = leaddocs(['new', 'adr', 'Adopt feature flags', '--json', '--today', TODAY], root);
        assert.equal(adr.status, 0, adr.stderr);
        assert.deepEqual(JSON.parse(adr.stdout), { version: 1, path: join(root, 'docs/decisions/0008-adopt-feature-flags.md'), type: 'adr', number: 8, template: 'adr', templateOrigin: 'built-in', written: true });
        assert.match(readFileSync(join(root, 'docs/decisions/0008-adopt-feature-flags.md'), 'utf8'), /^---\nstatus: proposed\ndate: 2026-11-25\n[^]*\n# Adopt feature flags\n/);

        const okrResult = leaddocs(['new', 'okr', 'Q4 platform', '--today', TODAY], root);
        assert.equal(okrResult.stdout, 'Wrote planning/okrs/q4-platform.md.\n', okrResult.stderr);
        assert.equal(readFileSync(join(root, 'planning/okrs/q4-platform.md'), 'utf8'), '---\ntype: okr\n---\n\n# Q4 platform\n\n## Objective\n\n{Objective}\n');

        leaddocs(['new', 'brief', 'Move search', '--today', TODAY], root);
        assert.equal(readFileSync(join(root, 'briefs/move-search.md'), 'utf8'), `# Move search (${TODAY})\n`);
      },
    );
  });

  it('writes a log4brains ADR where .log4brains.yml says, named by the day, from the folder\'s template.md, twice a day without collision', () => {
    // As log4brains init sets a project up (thomvaill/log4brains@37187fc, packages/init/assets).
    const template = '# [short title of solved problem and solution]\n\n- Status: [draft | proposed | rejected | accepted | deprecated | … | superseded by [xxx](yyyymmdd-xxx.md)] <!-- optional -->\n- Date: [YYYY-MM-DD when the decision was last updated] <!-- optional -->\n\n## Context and Problem Statement\n\n[Describe the context.]\n';
    inWorkspace(
      {
        '.log4brains.yml': '---\nproject:\n  name: Payments\n  tz: Europe/Paris\n  adrFolder: ./docs/architecture\n  packages:\n    - name: api\n      path: ./packages/api\n      adrFolder: ./packages/api/adr\n',
        'packages/api/src/index.ts': 'export {};\n',
        'docs/architecture/template.md': template,
        'docs/architecture/index.md': '<!-- This file is the index of the log4brains site -->\n# Architecture knowledge base\n',
        'docs/architecture/20240102-use-markdown-architectural-decision-records.md': template.replace('[short title of solved problem and solution]', 'Use MADR'),
      },
      (root) => {
        const first = leaddocs(['new', 'adr', 'Use Kafka', '--today', TODAY], root);
        assert.equal(first.status, 0, first.stderr);
        assert.equal(first.stdout, 'Wrote docs/architecture/20261125-use-kafka.md.\n');
        assert.equal(readFileSync(join(root, 'docs/architecture/20261125-use-kafka.md'), 'utf8'), template.replace('[short title of solved problem and solution]', 'Use Kafka').replace('[YYYY-MM-DD when the decision was last updated]', TODAY));
        const second = leaddocs(['new', 'adr', 'Use Kafka', '--today', TODAY, '--json'], root);
        assert.equal(second.status, 0, second.stderr);
        assert.deepEqual(JSON.parse(second.stdout), { version: 1, path: join(root, 'docs/architecture/20261125-use-kafka-2.md'), type: 'adr', number: 3, template: 'template.md', templateOrigin: 'docs/architecture/template.md', written: true });
        // From inside a package, its own log, as log4brains' adr new offers.
        const inPackage = leaddocs(['new', 'adr', 'Use gRPC', '--today', TODAY], join(root, 'packages/api/src'));
        assert.equal(inPackage.status, 0, inPackage.stderr);
        assert.equal(inPackage.stdout, 'Wrote ../adr/20261125-use-grpc.md.\n');
      },
    );
  });

  it('writes a postmortem at the root of a repository of postmortems, named and titled as the others (dfds/postmortems)', () => {
    const postmortem = '# Total node failure\n\n## Summary\n\nNodes failed.\n\n## Timeline\n\nAll times in UTC.\n\n## Contributing Factors\n\n- AMI\n\n## Action Items\n\n- Pin\n';
    inWorkspace(
      {
        'PM2025-001 - Node system resource starvation and scheduling capacity.md': postmortem,
        'PM2025-002 - Traefik rule preventing some inbound traffic.md': postmortem,
        'PMyyyy-nnn - Postmortem template.md': '# Incident Title\n\n## Summary\n\n## Timeline\n\nAll times in UTC.\n',
        'README.md': '# postmortem\nA repository containing Cloud Engineering postmortems\n',
      },
      (root) => {
        const result = leaddocs(['new', 'postmortem', 'Checkout', 'outage', '--today', '2025-06-01'], root);
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stdout, 'Wrote PM2025-003 - Checkout outage.md.\n');
        assert.equal(readFileSync(join(root, 'PM2025-003 - Checkout outage.md'), 'utf8'), '# Checkout outage\n\n## Summary\n\n## Timeline\n\nAll times in UTC.\n');
      },
    );
  });

  it('--dry-run prints the path and text and writes nothing; --folder is relative to the current folder', () => {
    inWorkspace({ 'teams/payments/README.md': '# Payments\n' }, (root) => {
      const cwd = join(root, 'teams/payments');
      const result = leaddocs(['new', 'postmortem', 'Checkout outage', '--folder', 'incidents', '--dry-run', '--today', TODAY], cwd);
      assert.equal(result.status, 0, result.stderr);
      assert.ok(result.stdout.startsWith(`Would write incidents/${TODAY}-checkout-outage.md:\n\n---\ntype: postmortem\n`), result.stdout);
      assert.match(result.stdout, /^# Checkout outage$/m);
      assert.equal(existsSync(join(cwd, 'incidents')), false);
    });
  });

  it('exits 2 on an unknown type (listing the known ones), a missing title or a bad date, without a stack', () => {
    inWorkspace({}, (root) => {
      const unknown = leaddocs(['new', 'rfc', 'Faster builds'], root);
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /^leaddocs: Unknown document type "rfc"\. The types in this workspace: adr, brief, mentorship-plan, portfolio, postmortem\.$/m);
      assertNoStack(unknown);
      for (const args of [['new', 'adr'], ['new'], ['new', 'adr', 'X', '--today', '25/11/2026'], ['new', 'adr', 'X', '--force']]) {
        const result = leaddocs(args, root);
        assert.equal(result.status, 2, args.join(' '));
        assert.match(result.stderr, /Run "leaddocs new --help" for usage\./);
        assertNoStack(result);
      }
      const help = leaddocs(['new', '--help'], root);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /^Usage: leaddocs new <type> <title…>/);
    });
  });

  it('refuses a team template that leads outside the workspace, naming it, never its content', () => {
    const outside = join(tmpdir(), `leaddocs-secret-${process.pid}.md`);
    writeFileSync(outside, 'SECRET TOKEN\n');
    inWorkspace({ '.vscode/settings.json': JSON.stringify({ 'leaddocs.templates.folder': 'templates' }) }, (root) => {
      mkdirSync(join(root, 'templates'));
      symlinkSync(outside, join(root, 'templates/brief.md'));
      const result = leaddocs(['new', 'brief', 'Move search'], root);
      assert.equal(result.status, 2);
      assert.equal(result.stderr, 'leaddocs: The template templates/brief.md lies outside the workspace folder.\n');
      assert.doesNotMatch(result.stdout + result.stderr, /SECRET/);
      assert.equal(existsSync(join(root, 'briefs')), false);
    });
    rmSync(outside, { force: true });
  });
});
