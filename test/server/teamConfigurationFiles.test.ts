/**
 * The files a team's configuration names (issue 8, defects 5 and 7): only regular files of
 * bounded size inside the workspace folder are read, a refusal names the path and never the
 * content, and nothing a setting points at can stop diagnostics or turn Leaddocs off.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { nodeWorkspaceFiles } from '../../server/src/host/nodeWorkspaceFiles';
import { readWorkspaceSettings } from '../../server/src/host/workspaceSettings';
import { nygardWithoutConsequences } from '../support/adrTexts';
import { joinLines } from '../support/documentText';
import { LspTestClient } from '../support/lspClient';

const SECRET = 'root:x:0:0:root:/root:/bin/bash';
const posix = process.platform !== 'win32';
const HANG_GUARD = { timeout: 20_000 };

function okrSpec(frontMatterSchema?: string): string {
  return JSON.stringify({
    id: 'okr',
    label: 'Quarterly OKRs',
    ...(frontMatterSchema === undefined ? {} : { frontMatterSchema }),
    sections: [{ id: 'objective', title: 'Objective', required: true }],
    checklist: [{ id: 'objective', label: 'Objective', check: { kind: 'section', section: 'objective' } }],
  });
}

function deeplyNested(depth: number): string {
  return '{"id":"deep","label":"Deep","checklist":[{"id":"x","label":"x","check":' + '{"kind":"not","check":'.repeat(depth) + '{"kind":"section","section":"a"}' + '}'.repeat(depth) + '}]}';
}

const okrDocument = joinLines('---', 'type: okr', '---', '# Q3 OKRs', '', '## Objective', '', 'Make deploys boring.');

describe('files named by team configuration', () => {
  let root: string;
  let workspace: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'leaddocs-team-files-'));
    const folder = join(root, 'workspace');
    const files: Record<string, string> = {
      'outside/secret.doctype.json': SECRET,
      'workspace/team/okr.doctype.json': okrSpec(),
      'workspace/team/secret-text.doctype.json': SECRET,
      'workspace/team/escaping-schema.doctype.json': okrSpec('../../outside/secret.doctype.json'),
      'workspace/team/absolute-schema.doctype.json': okrSpec('/etc/passwd'),
      'workspace/team/fifo-schema.doctype.json': okrSpec('pipe.schema.json'),
      'workspace/team/zero-schema.doctype.json': okrSpec('zero.schema.json'),
      'workspace/team/huge.doctype.json': JSON.stringify({ id: 'huge', label: 'x'.repeat(1024 * 1024 + 10), checklist: [] }),
      'workspace/team/deep.doctype.json': deeplyNested(5000),
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    if (posix) {
      execFileSync('mkfifo', [join(folder, 'team/pipe.schema.json')]);
      symlinkSync('/dev/zero', join(folder, 'team/zero.schema.json'));
      symlinkSync(join(root, 'outside/secret.doctype.json'), join(folder, 'team/linked-secret.doctype.json'));
    }
    workspace = pathToFileURL(folder).href;
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  async function warningsFor(customTypes: string[]): Promise<{ client: LspTestClient; warnings: string[] }> {
    const client = await LspTestClient.start({ workspaceFolders: [workspace], settings: { customTypes } });
    const warnings: string[] = [];
    for (const path of customTypes.filter((entry) => !entry.endsWith('okr.doctype.json'))) {
      warnings.push((await client.shownMessage((message) => message.message.includes(path))).message);
    }
    return { client, warnings };
  }

  /** Leaddocs still checks built-in and good custom types after the refusals. */
  async function assertStillServing(client: LspTestClient): Promise<void> {
    const adr = `${workspace}/doc/adr/0001-use-postgresql.md`;
    client.open(adr, nygardWithoutConsequences);
    assert.ok((await client.diagnostics(adr)).diagnostics.some((diagnostic) => diagnostic.code === 'required-section'));
    const okr = `${workspace}/planning/q3.md`;
    client.open(okr, okrDocument);
    assert.equal((await client.documentInfo(okr)).type, 'okr');
    assert.ok(client.alive);
  }

  it('refuses absolute and ../ paths that leave the workspace, without echoing content', HANG_GUARD, async () => {
    const { client, warnings } = await warningsFor(['/etc/passwd', '../outside/secret.doctype.json', 'team/escaping-schema.doctype.json', 'team/absolute-schema.doctype.json', 'team/okr.doctype.json']);
    try {
      assert.match(warnings[0] ?? '', /^Custom document type \/etc\/passwd was not loaded: \/etc\/passwd lies outside the workspace folder\.$/);
      assert.match(warnings[1] ?? '', /\.\.\/outside\/secret\.doctype\.json lies outside the workspace folder/);
      assert.match(warnings[2] ?? '', /\.\.\/\.\.\/outside\/secret\.doctype\.json lies outside the workspace folder/);
      assert.match(warnings[3] ?? '', /\/etc\/passwd lies outside the workspace folder/);
      for (const warning of [...warnings, ...client.log]) assert.doesNotMatch(warning, /root:x/);
      await assertStillServing(client);
    } finally {
      await client.stop();
    }
  });

  it('says where a file is not JSON without quoting it', HANG_GUARD, async () => {
    const { client, warnings } = await warningsFor(['team/secret-text.doctype.json', 'team/okr.doctype.json']);
    try {
      assert.match(warnings[0] ?? '', /the spec is not valid JSON/);
      for (const line of [...warnings, ...client.log]) assert.doesNotMatch(line, /root:x/);
      await assertStillServing(client);
    } finally {
      await client.stop();
    }
  });

  it('refuses a file larger than 1 MB', HANG_GUARD, async () => {
    const { client, warnings } = await warningsFor(['team/huge.doctype.json', 'team/okr.doctype.json']);
    try {
      assert.match(warnings[0] ?? '', /team\/huge\.doctype\.json was not read: it is larger than 1048576 bytes/);
      await assertStillServing(client);
    } finally {
      await client.stop();
    }
  });

  it('refuses a type nested 5,000 levels deep alone, and Leaddocs stays on', HANG_GUARD, async () => {
    const { client, warnings } = await warningsFor(['team/deep.doctype.json', 'team/okr.doctype.json']);
    try {
      assert.match(warnings[0] ?? '', /team\/deep\.doctype\.json was not loaded: the spec nests deeper than 64 levels/);
      await assertStillServing(client);
    } finally {
      await client.stop();
    }
  });

  it('refuses a FIFO, /dev/zero and a symbolic link out of the workspace without waiting on them', { ...HANG_GUARD, skip: !posix && 'FIFOs and /dev/zero are POSIX' }, async () => {
    const { client, warnings } = await warningsFor(['team/fifo-schema.doctype.json', 'team/zero-schema.doctype.json', 'team/linked-secret.doctype.json', 'team/okr.doctype.json']);
    try {
      assert.match(warnings[0] ?? '', /pipe\.schema\.json was not read: it is not a regular file/);
      assert.match(warnings[1] ?? '', /zero\.schema\.json lies outside the workspace folder/);
      assert.match(warnings[2] ?? '', /team\/linked-secret\.doctype\.json lies outside the workspace folder/);
      for (const line of [...warnings, ...client.log]) assert.doesNotMatch(line, /root:x/);
      await assertStillServing(client);
    } finally {
      await client.stop();
    }
  });

  it('reads the CLI\'s workspace settings only from a regular file', { ...HANG_GUARD, skip: !posix && 'FIFOs are POSIX' }, async () => {
    const cliRoot = join(root, 'cli-workspace');
    mkdirSync(join(cliRoot, '.vscode'), { recursive: true });
    execFileSync('mkfifo', [join(cliRoot, '.vscode/settings.json')]);
    const { section, problems } = await readWorkspaceSettings(pathToFileURL(cliRoot).href, nodeWorkspaceFiles);
    assert.deepEqual(section, {});
    assert.deepEqual(problems, ['.vscode/settings.json could not be read (it is not a regular file); its settings are ignored.']);
  });
});
