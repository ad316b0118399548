import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CompletionItemKind, CompletionRequest, DidChangeWatchedFilesNotification, FileChangeType, DocumentSymbolRequest, HoverRequest, MarkupKind, SymbolKind, type CompletionItem, type DocumentSymbol, type Position } from 'vscode-languageserver-protocol';
import { joinLines } from '../support/documentText';
import { LspTestClient } from '../support/lspClient';

/** Today as the server sees it: local date; two readings so a test across midnight still passes. */
function todays(): string[] {
  const format = (now: Date): string => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return [format(new Date()), format(new Date(Date.now() + 60_000))];
}

describe('completion, hover and outline over stdio', () => {
  let folder: string;
  let workspace: string;
  let client: LspTestClient;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'leaddocs-authoring-'));
    const write = (path: string, text: string): void => {
      mkdirSync(join(folder, path, '..'), { recursive: true });
      writeFileSync(join(folder, path), text);
    };
    write('docs/decisions/0012-use-postgresql.md', joinLines('---', 'status: accepted', 'date: 2024-01-05', 'decision-makers: [Grace Hopper]', '---', '# Use PostgreSQL'));
    write('docs/decisions/0013-use-kafka.md', joinLines('# 13. Use Kafka', '', 'Date: 2024-02-01', '', '## Status', '', 'Proposed'));
    write('notes/todo.md', '# Todo\n');
    workspace = pathToFileURL(folder).href;
    client = await LspTestClient.start({ workspaceFolders: [workspace] });
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  async function complete(uri: string, position: Position): Promise<CompletionItem[]> {
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  /** Completion until `accepts` holds: the workspace index fills in the background after start-up. */
  async function completeUntil(uri: string, position: Position, accepts: (items: CompletionItem[]) => boolean): Promise<CompletionItem[]> {
    const deadline = Date.now() + 20_000; // the index scans in the background; a loaded CI machine is slow to start its workers
    for (;;) {
      const items = await complete(uri, position);
      if (accepts(items) || Date.now() > deadline) return items;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('completes front matter keys with documentation, enum values and today\'s date', async () => {
    const uri = `${workspace}/docs/decisions/0014-use-redis.md`;
    const text = joinLines('---', 'status: ', 'date: ', '', '---', '# Use Redis');
    client.open(uri, text);
    await client.diagnostics(uri);

    const keys = await complete(uri, { line: 3, character: 0 });
    const consulted = keys.find((item) => item.label === 'consulted');
    assert.equal(consulted?.kind, CompletionItemKind.Property);
    assert.deepEqual(consulted?.documentation, { kind: MarkupKind.Markdown, value: 'Subject-matter experts asked, in two-way communication.' });
    assert.deepEqual(consulted?.textEdit, { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: 'consulted: ' });
    assert.ok(!keys.some((item) => item.label === 'status' || item.label === 'date'), 'present keys are not offered again');

    const statuses = await complete(uri, { line: 1, character: 8 });
    assert.deepEqual(statuses.map((item) => item.label), ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded', 'implemented']);

    const [today] = await complete(uri, { line: 2, character: 6 });
    assert.ok(todays().includes(String(today?.label)), `today, got ${String(today?.label)}`);
    assert.deepEqual(today?.textEdit, { range: { start: { line: 2, character: 6 }, end: { line: 2, character: 6 } }, newText: today?.label });
  });

  it('completes ADR ids with titles and people from the workspace on disk', async () => {
    const uri = `${workspace}/docs/decisions/0015-use-valkey.md`;
    client.open(uri, joinLines('---', 'supersedes: ', 'decision-makers: ', '---', '# Use Valkey'));
    await client.diagnostics(uri);

    // Two ADRs from disk, and the one the previous test opened (open documents count, saved or not).
    const references = await completeUntil(uri, { line: 1, character: 12 }, (items) => items.length >= 3);
    assert.deepEqual(references.map((item) => [item.label, item.detail]), [['ADR-0012', 'Use PostgreSQL'], ['ADR-0013', 'Use Kafka'], ['ADR-0014', 'Use Redis']]);
    const people = await complete(uri, { line: 2, character: 17 });
    assert.deepEqual(people.map((item) => item.label), ['Grace Hopper']);
  });

  it('follows a file created on disk when the client reports it', async () => {
    const uri = `${workspace}/docs/decisions/0020-watch.md`;
    client.open(uri, joinLines('---', 'related: ', '---', '# Use Z'));
    await client.diagnostics(uri);
    await completeUntil(uri, { line: 1, character: 9 }, (items) => items.some((item) => item.label === 'ADR-0013'));

    writeFileSync(join(folder, 'docs/decisions/0021-use-nats.md'), joinLines('# 21. Use NATS', '', '## Status', '', 'Accepted'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: `${workspace}/docs/decisions/0021-use-nats.md`, type: FileChangeType.Created }] });
    const items = await completeUntil(uri, { line: 1, character: 9 }, (found) => found.some((item) => item.label === 'ADR-0021'));
    assert.equal(items.find((item) => item.label === 'ADR-0021')?.detail, 'Use NATS');
  });

  it('completes the missing sections after ## in order', async () => {
    const uri = `${workspace}/docs/decisions/0016-headings.md`;
    client.open(uri, joinLines('# Use X', '', '## Context and Problem Statement', '', 'Why.', '', '## '));
    await client.diagnostics(uri);
    const items = await complete(uri, { line: 6, character: 3 });
    assert.deepEqual(items.map((item) => item.label), ['Decision Drivers', 'Considered Options', 'Decision Outcome', 'Pros and Cons of the Options', 'More Information']);
    assert.deepEqual(items[1]?.textEdit, { range: { start: { line: 6, character: 3 }, end: { line: 6, character: 3 } }, newText: 'Considered Options' });
  });

  it('offers nothing in prose', async () => {
    const uri = `${workspace}/docs/decisions/0017-prose.md`;
    client.open(uri, joinLines('# Use X', '', 'Some words '));
    assert.deepEqual(await complete(uri, { line: 2, character: 11 }), []);
  });

  it('hovers a front matter key with its description, and an ADR id with its title, status and date', async () => {
    const uri = `${workspace}/docs/decisions/0018-hover.md`;
    client.open(uri, joinLines('---', 'review-date: 2025-01-01', '---', '# Use Y', '', 'Replaces ADR-0013.'));
    await client.diagnostics(uri);

    const key = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.deepEqual(key, { contents: { kind: MarkupKind.Markdown, value: '**review-date**\n\nWhen the decision should be reviewed again, as YYYY-MM-DD.' }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } } });

    const deadline = Date.now() + 5000;
    let decision = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character: 12 } });
    while (decision === null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      decision = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character: 12 } });
    }
    assert.deepEqual(decision, { contents: { kind: MarkupKind.Markdown, value: '**ADR-0013: Use Kafka**\n\nStatus: **proposed** · Date: 2024-02-01' }, range: { start: { line: 5, character: 9 }, end: { line: 5, character: 17 } } });
  });

  it('returns the outline with failing checklist items as detail', async () => {
    const uri = `${workspace}/docs/decisions/0019-outline.md`;
    client.open(uri, joinLines('# Use Z', '', '## Considered Options', '', '* Z', '', '## Confirmation', '', 'Review in Q3.'));
    await client.diagnostics(uri);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0]?.name, 'Use Z');
    assert.equal(symbols[0]?.kind, SymbolKind.File);
    const options = symbols[0]?.children?.[0];
    assert.deepEqual({ name: options?.name, detail: options?.detail, kind: options?.kind, range: options?.range }, {
      name: 'Considered Options',
      detail: '✗ At least two options were considered',
      kind: SymbolKind.String,
      range: { start: { line: 2, character: 0 }, end: { line: 4, character: 3 } },
    });
  });
});
