/**
 * Chromium for the browser tests: Debian's, driven by playwright-core, with a fresh profile and
 * nothing that phones home. Pages get traps that record any script a document manages to run.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const REPO_ROOT = join(__dirname, '..', '..');
export const OUTPUT_DIR = join(REPO_ROOT, 'test-output', 'browser');

export function launchChromium(): Promise<Browser> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  // launch() (not a persistent context) gives every run a throwaway profile.
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
  });
}

export interface TrappedPage {
  readonly page: Page;
  /** Dialogs opened (alert, confirm, prompt): a hostile script's usual first move. */
  readonly dialogs: string[];
  readonly console: string[];
  readonly requests: string[];
  /** Whether anything assigned `window.__pwned`. */
  pwned(): Promise<boolean>;
}

export async function trappedPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<TrappedPage> {
  const page = await browser.newPage({ viewport });
  const dialogs: string[] = [];
  const consoleLines: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  // A string: tsx's keepNames helpers do not exist in the page.
  await page.addInitScript(`
    window.__pwnedCount = 0;
    Object.defineProperty(window, '__pwned', { configurable: false, get: () => undefined, set: () => { window.__pwnedCount++; } });
  `);
  return { page, dialogs, console: consoleLines, requests, pwned: () => page.evaluate(() => (window as unknown as { __pwnedCount: number }).__pwnedCount > 0) };
}
