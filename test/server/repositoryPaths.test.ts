import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { joinLines } from '../support/documentText';
import { LspTestClient } from '../support/lspClient';

// A half-written MADR decision, in a decision-log repository's docs/decisions folder. Nothing in
// it but its folder says "ADR": detection must read the folder even when that folder is the workspace.
const halfWritten = joinLines('---', 'status: {proposed | rejected | accepted}', '---', '# Use feature flags', '', '## Context and Problem Statement', '', '');

function visible(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(({ code, range, message }) => `${String(code)} ${JSON.stringify(range)} ${message}`).sort();
}

describe('detection does not depend on which folder is open', () => {
  const repository = mkdtempSync(join(tmpdir(), 'leaddocs-repository-'));
  mkdirSync(join(repository, '.git'));
  mkdirSync(join(repository, 'docs', 'decisions'), { recursive: true });
  const file = join(repository, 'docs', 'decisions', '0007-use-feature-flags.md');
  writeFileSync(file, halfWritten);
  after(() => rmSync(repository, { recursive: true, force: true }));

  async function findingsWithWorkspace(folder: string): Promise<{ diagnostics: string[]; signals: string[] }> {
    const client = await LspTestClient.start({ workspaceFolders: [pathToFileURL(folder).href] });
    try {
      const uri = pathToFileURL(file).href;
      client.open(uri, halfWritten);
      const published = await client.diagnostics(uri, () => true, 30_000);
      const info = await client.documentInfo(uri);
      return { diagnostics: visible(published.diagnostics), signals: info.detection?.signals.map((signal) => `${signal.kind}:${signal.matched}`) ?? [] };
    } finally {
      await client.stop();
    }
  }

  it('gives an ADR the same findings with only its folder open as with the repository open', async () => {
    const fromRoot = await findingsWithWorkspace(repository);
    const fromFolder = await findingsWithWorkspace(join(repository, 'docs', 'decisions'));
    assert.ok(fromRoot.diagnostics.length >= 3, `the half-written ADR is checked: ${fromRoot.diagnostics.join('; ')}`);
    assert.deepEqual(fromFolder, fromRoot);
    assert.ok(fromRoot.signals.includes('folder:decisions'), fromRoot.signals.join(', '));
  });
});
