/**
 * A real LSP client for protocol tests: it spawns the bundled server (`dist/server.js`) and
 * talks JSON-RPC to it over stdio, Node IPC or a socket. Every wait has a deadline and fails with what
 * was received instead; nothing sleeps.
 */
import type { ChildProcess } from 'node:child_process';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  LogTraceNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  type InitializeResult,
  type LogTraceParams,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { documentInfoRequest, type DocumentInfo } from '../../server/src/protocol/leaddocsProtocol';
import { MessageQueue } from './messageQueue';
import { startServer, type Transport } from './serverProcess';

/**
 * A hang guard, not a timing (timings are in bench/): long enough for a cold start on a busy
 * machine, where the server and its analysis worker both load their bundles, and short enough
 * to fail a hung test quickly.
 */
const DEFAULT_DEADLINE_MS = 15_000;

export interface LspClientOptions {
  readonly transport?: Transport;
  /** The `leaddocs` section the client answers `workspace/configuration` with. */
  readonly settings?: Record<string, unknown>;
  readonly workspaceFolders?: readonly string[];
  /** False to act like a client without `workspace/configuration` support. */
  readonly configurationCapability?: boolean;
  readonly initializationOptions?: unknown;
}

export class LspTestClient {
  private readonly diagnosticsByUri = new Map<string, MessageQueue<PublishDiagnosticsParams>>();
  private readonly versions = new Map<string, number>();
  readonly shownMessages = new MessageQueue<ShowMessageParams>();
  readonly documentInfoChanges = new MessageQueue<DocumentInfo>();
  /** `$/logTrace` lines, sent only while the client has tracing on. */
  readonly traces = new MessageQueue<LogTraceParams>();
  readonly log: string[] = [];
  private exited = false;
  private configurationGate: Promise<void> | undefined;

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: MessageConnection,
    public settings: Record<string, unknown>,
  ) {
    child.on('exit', () => (this.exited = true));
    child.stderr?.on('data', (chunk: Buffer) => this.log.push(`[stderr] ${chunk.toString()}`));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.queueFor(params.uri).push(params));
    connection.onNotification(ShowMessageNotification.type, (params) => this.shownMessages.push(params));
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.log.push(params.message);
    });
    connection.onNotification(LogTraceNotification.type, (params) => this.traces.push(params));
    connection.onNotification('leaddocs/documentInfoChanged', (info: DocumentInfo) => this.documentInfoChanges.push(info));
    connection.onRequest(ConfigurationRequest.type, async (params) => {
      await this.configurationGate;
      return params.items.map((item) => (item.section === 'leaddocs' ? this.settings : null));
    });
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.listen();
  }

  static async start(options: LspClientOptions = {}): Promise<LspTestClient> {
    const { child, connection } = await startServer(options.transport ?? 'stdio');
    const client = new LspTestClient(child, connection, options.settings ?? {});
    client.initializeResult = await client.initialize(options);
    return client;
  }

  initializeResult: InitializeResult | undefined;

  private async initialize(options: LspClientOptions): Promise<InitializeResult> {
    const folders = options.workspaceFolders ?? [];
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      initializationOptions: options.initializationOptions,
      rootUri: folders[0] ?? null,
      workspaceFolders: folders.map((uri, index) => ({ uri, name: `folder-${index}` })),
      capabilities: {
        workspace: {
          configuration: options.configurationCapability ?? true,
          didChangeConfiguration: { dynamicRegistration: true },
          workspaceFolders: true,
        },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
        window: { showMessage: {} },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  get alive(): boolean {
    return !this.exited && this.child.exitCode === null;
  }

  open(uri: string, text: string, languageId = 'markdown'): void {
    this.versions.set(uri, 1);
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends one didChange and returns the document's new version. */
  change(uri: string, contentChanges: TextDocumentContentChangeEvent[]): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    return version;
  }

  close(uri: string): void {
    this.versions.delete(uri);
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /**
   * Holds back answers to `workspace/configuration` until the returned function is called:
   * the server's engine rebuild stays in progress for as long as the test needs.
   */
  holdConfiguration(): () => void {
    let release: () => void = () => undefined;
    this.configurationGate = new Promise((resolve) => (release = resolve));
    return () => {
      this.configurationGate = undefined;
      release();
    };
  }

  /** Replaces the settings and tells the server, which pulls them again. */
  changeSettings(settings: Record<string, unknown>): void {
    this.settings = settings;
    void this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** The next diagnostics published for `uri` that `accepts` takes (by default: any). */
  diagnostics(uri: string, accepts: (params: PublishDiagnosticsParams) => boolean = () => true, deadlineMs = DEFAULT_DEADLINE_MS): Promise<PublishDiagnosticsParams> {
    const queue = this.queueFor(uri);
    return queue.take(accepts, deadlineMs, () => `diagnostics for ${uri}; received ${JSON.stringify(queue.history.map(summary))}\n${this.log.join('\n')}`);
  }

  /** Diagnostics published for exactly this version of the document. */
  diagnosticsFor(uri: string, version: number, deadlineMs = DEFAULT_DEADLINE_MS): Promise<PublishDiagnosticsParams> {
    return this.diagnostics(uri, (params) => params.version === version, deadlineMs);
  }

  /** Every publication for `uri` so far, in arrival order. */
  publishedFor(uri: string): readonly PublishDiagnosticsParams[] {
    return this.queueFor(uri).history;
  }

  shownMessage(accepts: (params: ShowMessageParams) => boolean, deadlineMs = DEFAULT_DEADLINE_MS): Promise<ShowMessageParams> {
    return this.shownMessages.take(accepts, deadlineMs, () => `a window/showMessage; received ${JSON.stringify(this.shownMessages.history)}`);
  }

  documentInfo(uri: string): Promise<DocumentInfo> {
    return this.connection.sendRequest(documentInfoRequest, { uri });
  }

  /** Shuts the server down politely, and kills it if it does not exit in time. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.alive ? this.child.once('exit', () => resolve()) : resolve()));
    const kill = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    try {
      if (this.alive) {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
      }
    } catch {
      this.child.kill('SIGKILL');
    }
    await exited;
    clearTimeout(kill);
    this.connection.dispose();
  }

  private queueFor(uri: string): MessageQueue<PublishDiagnosticsParams> {
    let queue = this.diagnosticsByUri.get(uri);
    if (queue === undefined) this.diagnosticsByUri.set(uri, (queue = new MessageQueue()));
    return queue;
  }
}

function summary(params: PublishDiagnosticsParams): { version: number | undefined; codes: unknown[] } {
  return { version: params.version, codes: params.diagnostics.map((diagnostic) => diagnostic.code) };
}
