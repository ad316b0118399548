import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ReferencesRequest,
  WillRenameFilesRequest,
  WorkspaceSymbolRequest,
  type CodeAction,
  type Location,
  type PublishDiagnosticsParams,
  type SymbolInformation,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { applyTextEdits, LineIndex } from '../../server/src/engine';
import { decisionLogViewRequest, generateDecisionLogRequest, type DecisionLogView, type GenerateDecisionLogResult } from '../../server/src/protocol/decisionLogProtocol';
import { lines } from '../support/documents';
import { LspTestClient } from '../support/lspClient';

function madr(title: string, status: string, ...extra: string[]): string {
  return lines('---', `status: ${status}`, 'date: 2025-11-01', ...extra, '---', '', `# ${title}`, '', '## Context and Problem Statement', '', 'We need it.', '', '## Considered Options', '', '* A', '* B', '', '## Decision Outcome', '', 'Chosen option: "A", because it fits. See ADR-0002.');
}

const codesOf = (params: PublishDiagnosticsParams): string[] => params.diagnostics.map((diagnostic) => String(diagnostic.code));

describe('the decision log over LSP', { timeout: 60_000 }, () => {
  let root: string;
  let cacheDir: string;
  let client: LspTestClient;
  const uriOf = (path: string): string => pathToFileURL(join(root, path)).href;
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const changedOnDisk = (path: string, type: FileChangeType = FileChangeType.Changed): void => {
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(path), type }] });
  };

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'leaddocs-log-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'leaddocs-cache-'));
    write('docs/decisions/0001-use-mysql.md', madr('Use MySQL', 'accepted'));
    write('docs/decisions/0002-use-kafka.md', madr('Use Kafka', 'accepted'));
    write('docs/decisions/0002-use-redis.md', madr('Use Redis', 'accepted'));
    write('docs/decisions/0003-use-postgres.md', madr('Use Postgres', 'accepted', 'supersedes: ADR-0001'));
    write('notes/readme.md', lines('# Notes', '', 'Nothing to see.'));
    client = await LspTestClient.start({ workspaceFolders: [pathToFileURL(root).href], initializationOptions: { cacheDir } });
  });

  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('reports a duplicate number in the open file, and in the closed one too', async () => {
    client.open(uriOf('docs/decisions/0002-use-kafka.md'), readFileSync(join(root, 'docs/decisions/0002-use-kafka.md'), 'utf8'));
    const open = await client.diagnostics(uriOf('docs/decisions/0002-use-kafka.md'), (params) => codesOf(params).includes('duplicate-number'), 15_000);
    assert.match(String(open.diagnostics.find((d) => d.code === 'duplicate-number')!.message), /0002-use-redis\.md/);
    const closed = await client.diagnostics(uriOf('docs/decisions/0002-use-redis.md'), (params) => codesOf(params).includes('duplicate-number'), 15_000);
    assert.equal(closed.version, undefined, 'a closed file is published without a version');
  });

  it('follows the disk: a deleted duplicate takes the finding with it', async () => {
    unlinkSync(join(root, 'docs/decisions/0002-use-redis.md'));
    changedOnDisk('docs/decisions/0002-use-redis.md', FileChangeType.Deleted);
    await client.diagnostics(uriOf('docs/decisions/0002-use-kafka.md'), (params) => !codesOf(params).includes('duplicate-number'), 15_000);
    await client.diagnostics(uriOf('docs/decisions/0002-use-redis.md'), (params) => params.diagnostics.length === 0, 15_000);
  });

  it('offers the supersession fix as an edit of the OTHER file, and the finding goes once it is applied', async () => {
    const successor = uriOf('docs/decisions/0003-use-postgres.md');
    const text = readFileSync(join(root, 'docs/decisions/0003-use-postgres.md'), 'utf8');
    client.open(successor, text);
    const published = await client.diagnostics(successor, (params) => codesOf(params).includes('supersession-back-link'), 15_000);
    const diagnostic = published.diagnostics.find((d) => d.code === 'supersession-back-link')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: successor }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } })) as CodeAction[];
    const fix = actions.find((action) => action.title.startsWith('Mark ADR-0001 superseded'));
    assert.ok(fix?.edit?.changes !== undefined, `a cross-file fix among ${actions.map((action) => action.title).join(' | ')}`);
    const old = uriOf('docs/decisions/0001-use-mysql.md');
    assert.deepEqual(Object.keys(fix.edit.changes), [old]);
    const oldPath = join(root, 'docs/decisions/0001-use-mysql.md');
    writeFileSync(oldPath, applyTextEdits(new LineIndex(readFileSync(oldPath, 'utf8')), fix.edit.changes[old]!));
    assert.match(readFileSync(oldPath, 'utf8'), /^status: superseded by ADR-0003$/m);
    changedOnDisk('docs/decisions/0001-use-mysql.md');
    await client.diagnostics(successor, (params) => !codesOf(params).includes('supersession-back-link'), 15_000);
  });

  it('goes to the definition of an ADR mention, and finds every document citing it', async () => {
    const successor = uriOf('docs/decisions/0003-use-postgres.md');
    const text = readFileSync(join(root, 'docs/decisions/0003-use-postgres.md'), 'utf8');
    const mentionLine = text.split('\n').findIndex((line) => line.includes('See ADR-0002'));
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: successor }, position: { line: mentionLine, character: text.split('\n')[mentionLine]!.indexOf('ADR-0002') + 2 } })) as Location;
    assert.equal(definition.uri, uriOf('docs/decisions/0002-use-kafka.md'));
    const references = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: successor }, position: { line: mentionLine, character: text.split('\n')[mentionLine]!.indexOf('ADR-0002') + 2 }, context: { includeDeclaration: false } })) as Location[];
    // Every ADR here says "See ADR-0002", the Kafka one included.
    assert.deepEqual([...new Set(references.map((reference) => reference.uri))].sort(), [uriOf('docs/decisions/0001-use-mysql.md'), uriOf('docs/decisions/0002-use-kafka.md'), uriOf('docs/decisions/0003-use-postgres.md')].sort());
  });

  it('finds leadership documents by title or id as workspace symbols', async () => {
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'postgres' })) as SymbolInformation[];
    assert.deepEqual(symbols.map((symbol) => symbol.name), ['ADR-0003: Use Postgres']);
  });

  it('rewrites links to a renamed ADR before the rename', async () => {
    write('docs/decisions/0004-use-s3.md', madr('Use S3', 'accepted').replace('See ADR-0002.', 'Unlike [Kafka](0002-use-kafka.md#decision-outcome).'));
    client.open(uriOf('docs/decisions/0004-use-s3.md'), readFileSync(join(root, 'docs/decisions/0004-use-s3.md'), 'utf8'));
    await client.diagnostics(uriOf('docs/decisions/0004-use-s3.md'), () => true, 15_000);
    const edit = (await client.connection.sendRequest(WillRenameFilesRequest.type, { files: [{ oldUri: uriOf('docs/decisions/0002-use-kafka.md'), newUri: uriOf('docs/decisions/archive/0002-use-kafka.md') }] })) as WorkspaceEdit | null;
    const edits = edit?.changes?.[uriOf('docs/decisions/0004-use-s3.md')];
    assert.deepEqual(edits?.map((change) => change.newText), ['archive/0002-use-kafka.md#decision-outcome']);
  });

  it('generates the decision log, idempotently, and serves the view', async () => {
    const first = (await client.connection.sendRequest(generateDecisionLogRequest, {})) as GenerateDecisionLogResult;
    assert.equal(first.files.length, 1);
    const [log] = first.files;
    assert.equal(log!.uri, uriOf('docs/decisions/README.md'));
    assert.match(log!.text, /\| 3 \| \[Use Postgres\]\(0003-use-postgres\.md\) \| accepted \|/);
    assert.match(log!.text, /\| 1 \| \[Use MySQL\]\(0001-use-mysql\.md\) \| superseded \| 2025-11-01 \| \[ADR-0003\]\(0003-use-postgres\.md\) \|/);
    writeFileSync(join(root, 'docs/decisions/README.md'), log!.text);
    const second = (await client.connection.sendRequest(generateDecisionLogRequest, {})) as GenerateDecisionLogResult;
    assert.equal(second.files[0]!.changed, false, 'running it twice changes nothing');
    const view = (await client.connection.sendRequest(decisionLogViewRequest)) as DecisionLogView;
    assert.deepEqual(view.groups.map((group) => group.id), ['adr:accepted', 'adr:superseded']);
  });

  it('starts warm from the cache: only the file written behind its back is analysed again', async () => {
    await client.stop();
    client = await LspTestClient.start({ workspaceFolders: [pathToFileURL(root).href], initializationOptions: { cacheDir } });
    const indexed = /indexed (\d+) markdown files \((\d+) analysed/;
    const deadline = Date.now() + 15_000;
    // The log line is the server's own account of the scan; it comes once, when the scan ends.
    while (!client.log.some((line) => indexed.test(line)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const [, files, analysed] = indexed.exec(client.log.find((line) => indexed.test(line)) ?? '') ?? [];
    assert.equal(files, '6');
    // The decision log README was written by this test without a file-watcher event, so it is new to the cache.
    assert.equal(analysed, '1');
  });
});
