import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ADR_VALID, ADR_WITH_ERROR, ADR_WITH_WARNINGS, assertNoStack, buildCli, leaddocs, makeWorkspace } from './cliTestSupport';

const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]);

describe('leaddocs check', () => {
  let root: string;
  before(() => {
    buildCli();
    root = makeWorkspace({
      '.gitignore': 'generated/\n*.draft.md\n',
      'docs/decisions/0001-error.md': ADR_WITH_ERROR,
      'docs/decisions/0002-valid.md': ADR_VALID,
      'docs/decisions/0003-warnings.md': ADR_WITH_WARNINGS,
      'docs/decisions/0004-wip.draft.md': ADR_WITH_ERROR,
      'generated/docs/decisions/0001-copy.md': ADR_WITH_ERROR,
      'node_modules/pkg/docs/decisions/0001-dep.md': ADR_WITH_ERROR,
      'README.md': '# A project\n\nNot a leadership document.\n',
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('checks the current folder by default, grouped per file, with a summary, skipping ignored files', () => {
    const result = leaddocs(['check'], root);
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stderr, '');
    const blocks = result.stdout.trimEnd().split('\n\n');
    assert.equal(blocks.length, 4, result.stdout);
    assert.match(blocks[0] ?? '', /^docs\/decisions\/0001-error\.md:2:9 error front-matter-schema 'status' must be string\.$/m);
    assert.ok(blocks.slice(0, 3).every((block, index) => block.split('\n').every((line) => line.startsWith(`docs/decisions/000${index + 1}-`))), result.stdout);
    assert.match(blocks[1] ?? '', /^docs\/decisions\/0002-valid\.md:\d+:\d+ information checklist-item /);
    assert.match(blocks[2] ?? '', /^docs\/decisions\/0003-warnings\.md:2:9 warning unknown-status .*Did you mean 'accepted'\?/m);
    assert.equal(blocks[3], '1 error, 2 warnings, 3 information, 0 hints in 3 of 4 files.');
    assert.doesNotMatch(result.stdout, /generated|node_modules|draft|README/);
    assert.ok(!result.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
  });

  it('says in one line when --output cannot be written, naming it', () => {
    const result = leaddocs(['check', '--format', 'json', '--output', 'no-such-folder/report.json'], root);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /Cannot write the report to no-such-folder\/report\.json: ENOENT\./);
    assertNoStack(result);
  });

  it('takes files, folders and globs, and a file named explicitly even when ignored', () => {
    const files = leaddocs(['check', 'docs/decisions/0002-valid.md', 'docs/decisions/0004-wip.draft.md'], root);
    assert.equal(files.status, 1);
    assert.match(files.stdout, /0004-wip\.draft\.md:2:9 error/);
    assert.match(files.stdout, /in 2 of 2 files\.$/m);
    const glob = leaddocs(['check', 'docs/**/000[23]-*.md'], root);
    assert.equal(glob.status, 0, glob.stdout);
    assert.match(glob.stdout, /0 errors, 2 warnings, 2 information, 0 hints in 2 of 2 files\./);
    const folder = leaddocs(['check', 'generated'], join(root));
    assert.equal(folder.status, 0, 'an ignored folder named explicitly is walked, and its ignored content skipped');
    assert.match(folder.stdout, /No findings in 0 files\./);
  });

  it('fails on warnings with --max-severity warning, and on too many warnings with --max-warnings', () => {
    assert.equal(leaddocs(['check', 'docs/decisions/0003-warnings.md'], root).status, 0);
    assert.equal(leaddocs(['check', 'docs/decisions/0003-warnings.md', '--max-severity', 'warning'], root).status, 1);
    assert.equal(leaddocs(['check', 'docs/decisions/0003-warnings.md', '--max-warnings', '2'], root).status, 0);
    assert.equal(leaddocs(['check', 'docs/decisions/0003-warnings.md', '--max-warnings', '1'], root).status, 1);
    assert.equal(leaddocs(['check', 'docs/decisions/0001-error.md', '--max-severity', 'off'], root).status, 0);
    assert.equal(leaddocs(['check', 'docs/decisions/0002-valid.md', '--max-severity', 'information'], root).status, 1);
  });

  it('reports a path that names nothing with exit 2, after checking the others', () => {
    const result = leaddocs(['check', 'docs/decisions/0001-error.md', 'no/such/file.md', 'nothing/**/*.md'], root);
    assert.equal(result.status, 2);
    assert.match(result.stdout, /0001-error\.md:2:9 error/);
    assert.match(result.stderr, /^leaddocs: no\/such\/file\.md: no such file or folder\.$/m);
    assert.match(result.stderr, /^leaddocs: nothing\/\*\*\/\*\.md: no markdown file matches this pattern\.$/m);
    assertNoStack(result);
  });

  it('names a binary or unreadable file, checks the others, and fails', () => {
    const ws = makeWorkspace({ 'docs/decisions/0001-image.md': BINARY, 'docs/decisions/0002-valid.md': ADR_VALID, 'docs/decisions/0003-folder.md/x.txt': 'x' });
    try {
      const result = leaddocs(['check', 'docs', 'docs/decisions/0003-folder.md/x.txt'], ws);
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stdout, /^docs\/decisions\/0001-image\.md: error a binary file, not markdown; not checked\.$/m);
      assert.match(result.stdout, /0002-valid\.md:\d+:\d+ information/);
      assert.match(result.stdout, /; 1 file could not be checked\.$/m);
      assertNoStack(result);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('uses the workspace settings: rule severities and a custom type, found from a subfolder', () => {
    const ws = makeWorkspace({
      '.vscode/settings.json': `{
        // VS Code settings files have comments and trailing commas.
        "leaddocs.rules": { "front-matter-schema": "warning", "checklist-item": "off", },
        "leaddocs.customTypes": ["types/okr.doctype.json"],
      }`,
      'types/okr.doctype.json': JSON.stringify({ id: 'okr', label: 'Quarterly OKRs', detect: { paths: ['**/okrs/**'] }, sections: [{ id: 'objective', title: 'Objective', required: true }], checklist: [] }),
      'docs/decisions/0001-error.md': ADR_WITH_ERROR,
      'docs/okrs/q1.md': '# Q1\n\n## Key Results\n\n- More.\n',
    });
    try {
      const result = leaddocs(['check', '.'], join(ws, 'docs'));
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /^decisions\/0001-error\.md:2:9 warning front-matter-schema /m);
      assert.doesNotMatch(result.stdout, /checklist-item/);
      assert.match(result.stdout, /^okrs\/q1\.md:1:1 warning required-section Missing required section 'Objective'/m);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('names a broken settings file, keeps what parses (as VS Code does), checks the files, and exits 2', () => {
    const ws = makeWorkspace({ '.vscode/settings.json': '{ oops "leaddocs.rules": { "front-matter-schema": "off" } }', 'docs/decisions/0001-error.md': ADR_WITH_ERROR });
    try {
      const result = leaddocs(['check'], ws);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /^leaddocs: \.vscode\/settings\.json has a syntax error \(\w+ on line 1\)/m);
      assert.match(result.stdout, /^docs\/decisions\/0001-error\.md:7:1 information checklist-item /m);
      assert.doesNotMatch(result.stdout, /front-matter-schema/, 'the rule the settings turn off stays off');
      assertNoStack(result);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('rejects bad options as usage errors (exit 2) with a pointer to --help', () => {
    for (const args of [['--format', 'xml'], ['--max-severity', 'fatal'], ['--max-warnings', '-1'], ['--jobs', '0'], ['--timeout', 'soon'], ['--frobnicate']]) {
      const result = leaddocs(['check', ...args], root);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, /^leaddocs: .+\nRun "leaddocs check --help" for usage\.\n$/);
    }
  });

  it('prints help for every command and the version', () => {
    for (const command of ['check', 'export']) {
      const help = leaddocs([command, '--help'], root);
      assert.equal(help.status, 0);
      assert.match(help.stdout, new RegExp(`^Usage: leaddocs ${command} `));
    }
    const version = leaddocs(['--version'], root);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const general = leaddocs(['--help'], root);
    assert.match(general.stdout, /^ {2}check {2}/m);
  });

  it('writes the report to --output and still exits by the findings', () => {
    const result = leaddocs(['check', 'docs/decisions/0001-error.md', '--format', 'json', '--output', 'report.json'], root);
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as { files: Array<{ path: string }> };
    assert.deepEqual(report.files.map((file) => file.path), ['docs/decisions/0001-error.md']);
  });
});
