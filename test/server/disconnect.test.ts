/**
 * The server's end when its client goes: stdin closed, the connection dropped, the client process
 * dead, or the polite shutdown then exit. Each spawns the bundled server in its own process group,
 * so that after it exits the test can tell whether anything it started (an analysis worker is a
 * thread; git is a process) was left running. Exit codes are the protocol's: 0 after `shutdown`,
 * 1 without it.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createMessageConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { nygardWithoutConsequences } from '../support/adrTexts';
import { commitAll, git } from '../support/gitRepository';
import { serverBundle } from '../support/serverProcess';

/** A hang guard, not a timing: the server must be gone well before this, even on a loaded machine. */
const EXIT_DEADLINE_MS = 10_000;

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

interface RunningServer {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  readonly exited: Promise<Exit>;
  readonly stderr: string[];
  /** Resolves with the first diagnostics published for `uri`. */
  diagnostics(uri: string): Promise<PublishDiagnosticsParams>;
}

let workspace: string;
let workspaceUri: string;

before(() => {
  // A git repository with ADRs: the index scans it and asks git for dates, so there is work under way.
  workspace = mkdtempSync(join(tmpdir(), 'leaddocs-disconnect-'));
  mkdirSync(join(workspace, 'doc', 'adr'), { recursive: true });
  for (let n = 1; n <= 20; n++) writeFileSync(join(workspace, 'doc', 'adr', `${String(n).padStart(4, '0')}-decision.md`), nygardWithoutConsequences);
  git(workspace, ['init', '-q']);
  commitAll(workspace, '2025-01-01');
  workspaceUri = pathToFileURL(workspace).href;
});

after(() => rmSync(workspace, { recursive: true, force: true }));

async function startServer(transport: 'stdio' | 'node-ipc', clientProcessId: number = process.pid): Promise<RunningServer> {
  assert.ok(existsSync(serverBundle), `${serverBundle} is missing: run \`npm run build\` first.`);
  // Its own process group: whatever the server spawns stays in it, and can be found after it exits.
  const child = spawn(process.execPath, [serverBundle, `--${transport}`], { stdio: transport === 'stdio' ? ['pipe', 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe', 'ipc'], detached: true });
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const connection =
    transport === 'stdio' ? createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)) : createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const published: PublishDiagnosticsParams[] = [];
  const waiting: { uri: string; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const index = waiting.findIndex((waiter) => waiter.uri === params.uri);
    if (index >= 0) waiting.splice(index, 1)[0]?.resolve(params);
    else published.push(params);
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => null));
  // Once the server has gone, a write to it fails; that is what these tests cause, not a fault.
  connection.onError(() => undefined);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: clientProcessId,
    rootUri: workspaceUri,
    workspaceFolders: [{ uri: workspaceUri, name: 'decisions' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const diagnostics = (uri: string): Promise<PublishDiagnosticsParams> => {
    const already = published.find((params) => params.uri === uri);
    return already !== undefined ? Promise.resolve(already) : new Promise((resolve) => waiting.push({ uri, resolve }));
  };
  return { child, connection, exited, stderr, diagnostics };
}

/** Opens an ADR and waits for its diagnostics: the analysis worker is up and the index is scanning. */
async function busy(server: RunningServer): Promise<void> {
  const uri = `${workspaceUri}/doc/adr/0001-decision.md`;
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: nygardWithoutConsequences } });
  const { diagnostics } = await withDeadline(server.diagnostics(uri), 'the first diagnostics');
  assert.ok(diagnostics.length > 0);
}

async function withDeadline<T>(promise: Promise<T>, what: string, server?: RunningServer): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      // Never leave a hung server behind the failing test.
      if (server !== undefined) killGroup(server.child);
      reject(new Error(`no ${what} within ${EXIT_DEADLINE_MS} ms`));
    }, EXIT_DEADLINE_MS);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Processes still in the server's group after it exited: the ones it started and left behind. */
function leftInGroup(groupId: number): string[] {
  if (!existsSync('/proc/self/stat')) return [];
  const left: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // It ended while being looked at.
    }
    // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so read after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === groupId && fields[0] !== 'Z') left.push(`${entry} ${stat.slice(0, stat.lastIndexOf(')') + 1)}`);
  }
  return left;
}

async function assertExits(server: RunningServer, expected: Exit, why: string): Promise<void> {
  const exit = await withDeadline(server.exited, `exit after ${why}`, server);
  server.connection.dispose();
  assert.deepEqual(exit, expected, `${why}; stderr: ${server.stderr.join('')}`);
  assert.deepEqual(leftInGroup(server.child.pid as number), [], `nothing the server started outlives it (${why})`);
}

describe('the server leaves when its client does', () => {
  it('exits 1 when stdin ends without a shutdown, in the middle of work', async () => {
    const server = await startServer('stdio');
    await busy(server);
    server.child.stdin?.end();
    await assertExits(server, { code: 1, signal: null }, 'stdin ended');
  });

  it('exits 1 when the node-ipc channel is dropped without a shutdown', async () => {
    const server = await startServer('node-ipc');
    await busy(server);
    server.child.disconnect();
    await assertExits(server, { code: 1, signal: null }, 'the IPC channel closed');
  });

  it('exits 1, not by a crash, when the client hangs up with answers and diagnostics still to send (the last resort reports late writes)', async () => {
    const server = await startServer('stdio');
    await busy(server);
    const uri = `${workspaceUri}/doc/adr/0002-decision.md`;
    // Work the server will answer after the client has gone: a new document, and requests about it.
    // Written as frames, straight to the pipe, so that all of it is sent before the pipe closes.
    const frame = (message: object): string => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    const burst = [frame({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: nygardWithoutConsequences } } })];
    for (let id = 1000; id < 1020; id++) burst.push(frame({ id, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } }));
    server.child.stdout?.destroy();
    server.child.stdin?.end(burst.join(''));
    await assertExits(server, { code: 1, signal: null }, 'the client hung up mid-request');
    // A late write to the closed pipe rejects inside vscode-jsonrpc (in most runs: it races the exit
    // on stdin's end); main.ts's last resort reports it on stderr, the connection being gone, instead
    // of dying with exit code 7. Anything else on stderr would be a crash.
    const ownLines = server.stderr.join('').split('\n').filter((line) => line !== '' && !/^\s/.test(line));
    assert.deepEqual(ownLines.filter((line) => !line.startsWith('Leaddocs: ')), [], server.stderr.join(''));
  });

  it('exits 1 when the client process named in initialize dies, its pipes still open', async () => {
    const client = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const server = await startServer('stdio', client.pid as number);
    await busy(server);
    client.kill('SIGKILL');
    await assertExits(server, { code: 1, signal: null }, 'the client process died');
  });

  it('exits 0 on shutdown then exit, and 0 when stdin ends after a shutdown', async () => {
    const polite = await startServer('stdio');
    await busy(polite);
    await withDeadline(polite.connection.sendRequest(ShutdownRequest.type), 'shutdown answer', polite);
    await polite.connection.sendNotification(ExitNotification.type);
    await assertExits(polite, { code: 0, signal: null }, 'shutdown then exit');

    const hungUp = await startServer('stdio');
    await busy(hungUp);
    await withDeadline(hungUp.connection.sendRequest(ShutdownRequest.type), 'shutdown answer', hungUp);
    hungUp.child.stdin?.end();
    await assertExits(hungUp, { code: 0, signal: null }, 'stdin ended after shutdown');

    const overIpc = await startServer('node-ipc');
    await withDeadline(overIpc.connection.sendRequest(ShutdownRequest.type), 'shutdown answer', overIpc);
    overIpc.child.disconnect();
    await assertExits(overIpc, { code: 0, signal: null }, 'the IPC channel closed after shutdown');
  });

  it('exits 1 on exit without a shutdown', async () => {
    const server = await startServer('stdio');
    await busy(server);
    await server.connection.sendNotification(ExitNotification.type);
    await assertExits(server, { code: 1, signal: null }, 'exit without shutdown');
  });
});
