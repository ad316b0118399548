import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BRIEF_PATH } from './exportTestSupport';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const MAGIC: Record<string, (bytes: Buffer) => boolean> = {
  html: (bytes) => bytes.toString('utf8', 0, 15) === '<!DOCTYPE html>',
  pdf: (bytes) => bytes.toString('latin1', 0, 5) === '%PDF-',
  pptx: (bytes) => bytes.toString('latin1', 0, 2) === 'PK',
  docx: (bytes) => bytes.toString('latin1', 0, 2) === 'PK',
  md: (bytes) => bytes.toString('utf8').startsWith('# Move customer billing'),
};

let work: string;

function leaddocs(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? work, encoding: 'utf8', env: { ...process.env, LEADDOCS_DEBUG: undefined, ...options.env }, timeout: 60_000 });
}

function assertNoStack(result: SpawnSyncReturns<string>): void {
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
  assert.doesNotMatch(result.stderr, /Error:/, 'no raw error name');
}

describe('leaddocs CLI (bundled dist/cli.js)', () => {
  before(() => {
    // The bundle is what users run; build it rather than trust a stale one.
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    assert.match(readFileSync(CLI, 'utf8').slice(0, 40), /^#!\/usr\/bin\/env node\n/);
    work = mkdtempSync(join(tmpdir(), 'leaddocs-cli-'));
    copyFileSync(BRIEF_PATH, join(work, 'brief.md'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  for (const format of Object.keys(MAGIC)) {
    it(`exports ${format} and reports the confidential sections left out`, () => {
      const out = join(work, `out-${format}.${format}`);
      const result = leaddocs(['export', 'brief.md', '--format', format, '-o', out]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, new RegExp(`Exported brief\\.md to out-${format}\\.${format} \\(${format}, `));
      assert.match(result.stdout, /Left out 2 confidential sections\./);
      const bytes = readFileSync(out);
      assert.ok(MAGIC[format]?.(bytes), `${format} content`);
    });
  }

  it('writes next to the source by default, and never onto the source itself', () => {
    const pdf = leaddocs(['export', 'brief.md', '--format', 'pdf']);
    assert.equal(pdf.status, 0, pdf.stderr);
    assert.ok(existsSync(join(work, 'brief.pdf')));
    const md = leaddocs(['export', 'brief.md', '--format', 'md']);
    assert.equal(md.status, 0, md.stderr);
    assert.ok(existsSync(join(work, 'brief.export.md')));
    const onto = leaddocs(['export', 'brief.md', '--format', 'md', '-o', 'brief.md', '--force']);
    assert.equal(onto.status, 1);
    assert.match(onto.stderr, /Refusing to write over the document being exported/);
    assert.equal(readFileSync(join(work, 'brief.md'), 'utf8'), readFileSync(BRIEF_PATH, 'utf8'));
  });

  it('writes into a folder given as -o', () => {
    mkdirSync(join(work, 'exports'));
    const result = leaddocs(['export', 'brief.md', '--format', 'docx', '-o', 'exports']);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(existsSync(join(work, 'exports', 'brief.docx')));
  });

  it('refuses to replace an existing file without --force, leaving it untouched', () => {
    const target = join(work, 'existing.html');
    writeFileSync(target, 'keep me');
    const before = statSync(target).mtimeMs;
    const refused = leaddocs(['export', 'brief.md', '--format', 'html', '-o', 'existing.html']);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /^leaddocs: existing\.html already exists\.\nUse --force to replace it\.\n$/);
    assertNoStack(refused);
    assert.equal(readFileSync(target, 'utf8'), 'keep me');
    assert.equal(statSync(target).mtimeMs, before);
    const forced = leaddocs(['export', 'brief.md', '--format', 'html', '-o', 'existing.html', '--force']);
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(readFileSync(target, 'utf8'), /^<!DOCTYPE html>/);
  });

  it('says clearly when the input is missing or a folder, or the output folder is missing, with no stack trace', () => {
    const missing = leaddocs(['export', 'missing.md', '--format', 'pdf']);
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, 'leaddocs: missing.md: cannot be read: no such file.\n');
    const noFolder = leaddocs(['export', 'brief.md', '--format', 'pdf', '-o', 'no/such/folder/x.pdf']);
    assert.equal(noFolder.status, 1);
    assert.equal(noFolder.stderr, 'leaddocs: The output folder does not exist: no/such/folder\n');
    const folder = leaddocs(['export', '.', '--format', 'pdf']);
    assert.equal(folder.status, 1);
    assert.match(folder.stderr, /\.: cannot be read: it is a folder, not a file\./);
    assertNoStack(folder);
  });

  it('rejects wrong usage with exit code 2 and a pointer to help', () => {
    const cases: [string[], RegExp][] = [
      [['export', 'brief.md'], /Choose a format with --format html\|pdf\|pptx\|docx\|md\./],
      [['export', 'brief.md', '--format', 'rtf'], /Unknown format "rtf"/],
      [['export', 'brief.md', '--format', 'pdf', '--bogus'], /Unknown option '--bogus'\.\nRun "leaddocs export --help" for usage\./],
      [['export', '--format', 'pdf'], /Which file\?/],
      [['frobnicate'], /Unknown command "frobnicate"/],
      [[], /^Usage: leaddocs <command>/],
    ];
    for (const [args, message] of cases) {
      const result = leaddocs(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr + result.stdout, message);
      assertNoStack(result);
    }
  });

  it('prints help for the tool and for export', () => {
    const general = leaddocs(['--help']);
    assert.equal(general.status, 0);
    assert.match(general.stdout, /^ {2}export {2}Export a document/m);
    const exportHelp = leaddocs(['export', '--help']);
    assert.equal(exportHelp.status, 0);
    assert.match(exportHelp.stdout, /^Usage: leaddocs export <file> --format html\|pdf\|pptx\|docx\|md \[-o <out>\] \[--force\]/);
    assert.match(leaddocs(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('refuses a document of another type with --type, and writes nothing', () => {
    const result = leaddocs(['export', 'brief.md', '--format', 'pdf', '--type', 'adr', '-o', 'typed.pdf']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /This document is not an adr: it reads as an executive brief\./);
    assert.ok(!existsSync(join(work, 'typed.pdf')));
  });

  it('warns about an incomplete brief and exports it, or refuses with --strict', () => {
    writeFileSync(join(work, 'draft.md'), '---\ntype: brief\n---\n\n# Draft\n\n## Summary\n\nSomething.\n');
    const lenient = leaddocs(['export', 'draft.md', '--format', 'html']);
    assert.equal(lenient.status, 0, lenient.stderr);
    assert.match(lenient.stderr, /^warning: Completeness is \d+%, below the pass mark of 80%\./m);
    const strict = leaddocs(['export', 'draft.md', '--format', 'pdf', '--strict']);
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /Not exported \(--strict\)/);
    assert.ok(!existsSync(join(work, 'draft.pdf')));
  });

  it('loads a renderer library only when its format is used', () => {
    // The renderers are bundles of their own beside dist/cli.js, loaded on first use.
    const heavy = /dist\/renderers\/(pdf|pptx|docx)\.js/;
    const markdown = leaddocs(['export', 'brief.md', '--format', 'md', '-o', 'lazy.md'], { env: { NODE_DEBUG: 'module' } });
    assert.equal(markdown.status, 0);
    assert.doesNotMatch(markdown.stderr, heavy);
    const pdf = leaddocs(['export', 'brief.md', '--format', 'pdf', '-o', 'lazy.pdf'], { env: { NODE_DEBUG: 'module' } });
    assert.equal(pdf.status, 0);
    assert.match(pdf.stderr, /dist\/renderers\/pdf\.js/, 'the check can see a load when one happens');
    assert.doesNotMatch(pdf.stderr, /dist\/renderers\/(pptx|docx)\.js|node_modules\//);
  });
});
