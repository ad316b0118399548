import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { nygardWithEmptyDecision } from '../support/adrTexts';
import { joinLines } from '../support/documentText';
import { LspTestClient } from '../support/lspClient';

const workspace = 'file:///workspace/incremental';


function at(line: number, character: number, endLine = line, endCharacter = character): Range {
  return { start: { line, character }, end: { line: endLine, character: endCharacter } };
}

/** What a user sees of a diagnostic; the uri-independent part compared across documents. */
function visible(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(({ code, range, message }) => `${String(code)} ${JSON.stringify(range)} ${message}`);
}

describe('incremental text sync', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ workspaceFolders: [workspace], settings: { validation: { delay: 50 } } });
  });
  after(() => client.stop());

  it('updates diagnostics after each range edit, and the final set matches the final text opened afresh', async () => {
    const uri = `${workspace}/doc/adr/0001-use-postgresql.md`;
    client.open(uri, nygardWithEmptyDecision);
    const opened = await client.diagnostics(uri);
    assert.ok(opened.diagnostics.some((diagnostic) => diagnostic.code === 'required-section'));
    assert.ok(opened.diagnostics.some((diagnostic) => diagnostic.code === 'empty-section'));

    // Fill the empty Decision section: its empty-section finding goes, the missing Consequences stays.
    let version = client.change(uri, [{ range: at(13, 0), text: 'We will use PostgreSQL 16.\n' }]);
    const filled = await client.diagnosticsFor(uri, version);
    assert.ok(!filled.diagnostics.some((diagnostic) => diagnostic.code === 'empty-section'));
    assert.ok(filled.diagnostics.some((diagnostic) => diagnostic.code === 'required-section'));

    // Several edits in one notification and then in a row: add Consequences, retitle, rename the status.
    client.change(uri, [
      { range: at(14, 0), text: '\n## Consequences\n\nBackups get easier.\n' },
      { range: at(0, 5, 0, 19), text: 'Adopt PostgreSQL' },
    ]);
    client.change(uri, [{ range: at(6, 0, 6, 8), text: 'Acceptd' }]);
    version = client.change(uri, [{ range: at(6, 0, 6, 7), text: 'Proposed' }]);
    const final = await client.diagnosticsFor(uri, version);
    assert.ok(!final.diagnostics.some((diagnostic) => diagnostic.code === 'required-section'));

    const expectedText = joinLines(
      '# 1. Adopt PostgreSQL',
      '',
      'Date: 2024-01-05',
      '',
      '## Status',
      '',
      'Proposed',
      '',
      '## Context',
      '',
      'We need a database.',
      '',
      '## Decision',
      'We will use PostgreSQL 16.',
      '',
      '## Consequences',
      '',
      'Backups get easier.',
      '',
    );
    // Another decision log holding the same file: in the same folder it would be a duplicate number.
    const freshUri = `${workspace}/fresh/doc/adr/0001-use-postgresql.md`;
    client.open(freshUri, expectedText);
    const fresh = await client.diagnostics(freshUri);
    assert.deepEqual(visible(final.diagnostics), visible(fresh.diagnostics));
    const [info, freshInfo] = await Promise.all([client.documentInfo(uri), client.documentInfo(freshUri)]);
    assert.equal(info.title, 'Adopt PostgreSQL');
    assert.deepEqual({ ...info, uri: freshUri, version: 1 }, freshInfo);
  });

  it('drops stale results: after a burst of edits no older version is published after the newest', async (t) => {
    const uri = `${workspace}/doc/adr/0003-burst.md`;
    client.open(uri, nygardWithEmptyDecision);
    await client.diagnosticsFor(uri, 1);

    let version = 1;
    const burst = 'We will use PostgreSQL.';
    for (let index = 0; index < burst.length; index++) {
      version = client.change(uri, [{ range: at(13, index), text: burst.charAt(index) }]);
    }
    const newest = await client.diagnosticsFor(uri, version);
    assert.ok(!newest.diagnostics.some((diagnostic) => diagnostic.code === 'empty-section'));
    // A request round trip after the newest result: anything the server still had queued has arrived.
    assert.equal((await client.documentInfo(uri)).version, version);

    const versions = client.publishedFor(uri).map((params) => params.version ?? -1);
    t.diagnostic(`${burst.length} edits produced publications for versions ${versions.join(', ')}`);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'versions arrive in order');
    assert.equal(versions.at(-1), version);
    assert.ok(versions.length < burst.length, 'a burst of edits is debounced into fewer validations');
  });

  it('publishes nothing for a version that was edited while the engine was being rebuilt', async () => {
    const uri = `${workspace}/doc/adr/0005-edited-during-rebuild.md`;
    const release = client.holdConfiguration();
    client.changeSettings({ validation: { delay: 50 } });
    // Validation of version 1 starts on open, then waits for the rebuild; version 2 arrives meanwhile.
    client.open(uri, nygardWithEmptyDecision);
    const version = client.change(uri, [{ range: at(13, 0), text: 'We will use PostgreSQL.\n' }]);
    release();

    const published = await client.diagnosticsFor(uri, version);
    assert.ok(!published.diagnostics.some((diagnostic) => diagnostic.code === 'empty-section'));
    assert.equal((await client.documentInfo(uri)).version, version);
    assert.deepEqual(
      client.publishedFor(uri).map((params) => params.version),
      [version],
      'nothing was published for version 1',
    );
  });

  it('publishes within the debounce delay plus a few milliseconds of analysis', async (t) => {
    const uri = `${workspace}/doc/adr/0004-latency.md`;
    client.open(uri, nygardWithEmptyDecision);
    await client.diagnosticsFor(uri, 1);

    const latencies: number[] = [];
    for (let round = 0; round < 10; round++) {
      const started = performance.now();
      const version = client.change(uri, [{ range: at(10, 0), text: 'x' }]);
      await client.diagnosticsFor(uri, version);
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)] ?? 0;
    t.diagnostic(`didChange → publishDiagnostics with validation.delay 50 ms: median ${median.toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`);
    assert.ok(median >= 50, 'the debounce delay is honoured');
    assert.ok(median < 500, `median latency ${median.toFixed(1)} ms`);
  });
});
