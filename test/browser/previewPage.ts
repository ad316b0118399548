/**
 * The preview's webview page outside VS Code: the real shell (CSP, nonce) and the bundled
 * dist/preview.js, with a stand-in for acquireVsCodeApi that records what the script posts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as vscode from 'vscode';
import type { Page } from 'playwright-core';
import { previewShellHtml } from '../../client/src/preview/previewHtml';
import type { FromWebview, PreviewDocument, RenderedMessage } from '../../client/src/preview/messages';
import { createEngine, builtinDocTypes } from '../../server/src/engine/index';
import { buildPreviewParts } from '../../server/src/export/index';
import { renderHtmlBody } from '../../server/src/export/renderers/html';
import { OUTPUT_DIR, REPO_ROOT } from './browserSupport';

/** What the server's leaddocs/preview and the client's mapping would send, made in-process. */
export function previewDocumentFor(text: string, uri: string): PreviewDocument {
  const analysis = createEngine({ docTypes: builtinDocTypes }).analyze({ uri, text });
  const preview = buildPreviewParts(analysis);
  return {
    uri,
    documentVersion: 1,
    title: preview.title,
    typeLabel: analysis.typeLabel,
    html: renderHtmlBody(preview.body),
    header: preview.header.map(({ label, value }) => ({ label, value })),
    confidentialSections: preview.confidentialSections,
    score: analysis.score,
    passMark: analysis.passMark,
    passed: analysis.passed,
    checklist: analysis.checklist.filter((item) => item.applicable).map(({ label, passed, range }) => ({ label, passed, range })),
    findings: analysis.findings.map(({ code, severity, message, range }) => ({ code, severity, message, range })),
  };
}

/** Writes the shell page into test-output/ and returns its file URL. */
export function writePreviewShell(name: string): string {
  const fileWebview = { cspSource: 'file:', asWebviewUri: (uri: vscode.Uri) => uri } as unknown as vscode.Webview;
  const extensionUri = { path: REPO_ROOT, with: ({ path }: { path: string }) => ({ toString: () => pathToFileURL(path).href }) } as unknown as vscode.Uri;
  const file = join(OUTPUT_DIR, `${name}.html`);
  writeFileSync(file, previewShellHtml(fileWebview, extensionUri));
  return pathToFileURL(file).href;
}

/**
 * A string, not a function: tsx compiles with esbuild's keepNames, whose `__name` helper does not
 * exist in the page, so functions with named parts cannot be serialised into it.
 */
const FAKE_VSCODE_API = `
  window.__posted = [];
  let state;
  window.acquireVsCodeApi = () => ({
    postMessage: (message) => window.__posted.push(message),
    getState: () => state,
    setState: (next) => { state = next; window.__state = next; },
  });
`;

export async function installFakeVsCodeApi(page: Page): Promise<void> {
  await page.addInitScript(FAKE_VSCODE_API);
}

export function postedMessages(page: Page): Promise<FromWebview[]> {
  return page.evaluate(() => (window as unknown as { __posted: FromWebview[] }).__posted);
}

/** Sends a render to the page the way VS Code delivers postMessage, and waits for the script's acknowledgement. */
export async function renderInPage(page: Page, document: PreviewDocument, renderId = 1): Promise<RenderedMessage> {
  await page.waitForFunction(() => (window as unknown as { __posted: FromWebview[] }).__posted.some((message) => message.type === 'ready'));
  await page.evaluate(([doc, id]) => window.postMessage({ type: 'render', renderId: id, document: doc }, '*'), [document, renderId] as const);
  const handle = await page.waitForFunction(
    (id) => (window as unknown as { __posted: FromWebview[] }).__posted.find((message) => message.type === 'rendered' && message.renderId === id),
    renderId,
  );
  return (await handle.jsonValue()) as RenderedMessage;
}
