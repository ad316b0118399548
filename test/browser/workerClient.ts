/**
 * A minimal LSP client inside a Chromium page, talking to dist/browser/server.js in a Web Worker
 * over postMessage, as VS Code for the Web's language client does. The page answers the
 * server's file requests (`leaddocs/readFile`, `fileStat`, `listFiles`) from an in-memory
 * workspace, standing in for `vscode.workspace.fs`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from './browserSupport';

export const WORKER_BUNDLE = join(REPO_ROOT, 'dist', 'browser', 'server.js');
/** A made-up origin: a Worker cannot start from a file: page. Nothing leaves the browser. */
const ORIGIN = 'http://leaddocs.test';

interface JsonRpcMessage {
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly message: string };
}

/** Runs in the page: starts the worker, answers its requests, records what it sends. */
const PAGE_HARNESS = `
window.leaddocsTest = (() => {
  const received = [];
  const errors = [];
  let nextId = 1;
  const pending = new Map();
  let settings = {};
  let files = {};
  const worker = new Worker('/server.js');
  worker.onerror = (event) => errors.push(String(event.message));
  const globToRegExp = (glob) => new RegExp('^' + glob.split('**/').map((part) => part.split('*').map((piece) => piece.replace(/[.+?^$()|[\\]{}\\\\]/g, '\\\\$&')).join('[^/]*')).join('(?:.*/)?') + '$');
  const answer = (message) => {
    switch (message.method) {
      case 'workspace/configuration': return message.params.items.map((item) => (item.section === 'leaddocs' ? settings : null));
      case 'leaddocs/readFile': return files[message.params.uri] ?? null;
      case 'leaddocs/fileStat': {
        const uri = message.params.uri;
        if (uri in files) return { isFile: true, size: files[uri].length };
        const folder = uri.replace(/\\/$/, '') + '/';
        return Object.keys(files).some((file) => file.startsWith(folder)) ? { isFile: false, size: 0 } : null;
      }
      case 'leaddocs/listFiles': {
        const prefix = message.params.folder.replace(/\\/$/, '') + '/';
        const matches = globToRegExp(message.params.glob);
        return Object.keys(files).filter((uri) => uri.startsWith(prefix) && matches.test(uri.slice(prefix.length))).slice(0, message.params.limit);
      }
      default: return null;
    }
  };
  worker.onmessage = (event) => {
    const message = event.data;
    received.push(message);
    if (message.method !== undefined && message.id !== undefined) {
      worker.postMessage({ jsonrpc: '2.0', id: message.id, result: answer(message) });
    } else if (message.id !== undefined && pending.has(message.id)) {
      pending.get(message.id)(message);
      pending.delete(message.id);
    }
  };
  return {
    received,
    errors,
    setWorkspace(newSettings, newFiles) { settings = newSettings; files = newFiles; },
    request(method, params) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ jsonrpc: '2.0', id, method, params });
      });
    },
    notify(method, params) { worker.postMessage({ jsonrpc: '2.0', method, params }); },
  };
})();
`;

/** The LSP client in the page; every call crosses into Chromium. */
export class WorkerLspClient {
  private constructor(readonly page: Page) {}

  static async start(browser: Browser, workspace: { readonly settings: Record<string, unknown>; readonly files: Readonly<Record<string, string>> }): Promise<WorkerLspClient> {
    if (!existsSync(WORKER_BUNDLE)) throw new Error(`${WORKER_BUNDLE} is missing: run \`npm run build\` first.`);
    const page = await browser.newPage();
    const bundle = readFileSync(WORKER_BUNDLE, 'utf8');
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/server.js') return route.fulfill({ contentType: 'text/javascript', body: bundle });
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Leaddocs worker test</title>' });
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${ORIGIN}/`);
    await page.addScriptTag({ content: PAGE_HARNESS });
    await page.evaluate(([settings, files]) => (window as unknown as { leaddocsTest: { setWorkspace(s: unknown, f: unknown): void } }).leaddocsTest.setWorkspace(settings, files), [workspace.settings, workspace.files] as const);
    return new WorkerLspClient(page);
  }

  async request(method: string, params: unknown): Promise<JsonRpcMessage> {
    return this.page.evaluate(([name, args]) => (window as unknown as { leaddocsTest: { request(m: string, p: unknown): Promise<JsonRpcMessage> } }).leaddocsTest.request(name, args), [method, params] as const);
  }

  async notify(method: string, params: unknown): Promise<void> {
    await this.page.evaluate(([name, args]) => (window as unknown as { leaddocsTest: { notify(m: string, p: unknown): void } }).leaddocsTest.notify(name, args), [method, params] as const);
  }

  /** The first message from the server whose method is `method` and that `accepts` takes. */
  async waitFor(method: string, accepts: (params: never) => boolean = () => true, timeoutMs = 30_000): Promise<unknown> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const received = await this.received();
      const found = received.find((message) => message.method === method && accepts(message.params as never));
      if (found !== undefined) return found.params;
      if (Date.now() > deadline) throw new Error(`No ${method} from the worker within ${timeoutMs} ms; received ${JSON.stringify(received.map((message) => message.method ?? message.id))}; worker errors: ${JSON.stringify(await this.workerErrors())}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  received(): Promise<JsonRpcMessage[]> {
    return this.page.evaluate(() => (window as unknown as { leaddocsTest: { received: JsonRpcMessage[] } }).leaddocsTest.received);
  }

  workerErrors(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { leaddocsTest: { errors: string[] } }).leaddocsTest.errors);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
