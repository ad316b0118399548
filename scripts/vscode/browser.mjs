// Debian's Chromium driven by playwright-core: never a downloaded browser, never phoning home.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './toolPaths.mjs';

const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox', // Chromium refuses to run as root with its sandbox
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

/** Opens a fresh-profile Chromium; its console goes to browser.log in the run folder. */
export async function openBrowser({ dirs, env }) {
  const context = await chromium.launchPersistentContext(dirs.browserProfile, {
    executablePath: chromiumPath,
    headless: true,
    args: QUIET_CHROMIUM_ARGS,
    env,
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const log = fs.createWriteStream(path.join(dirs.root, 'browser.log'));
  page.on('console', (message) => log.write(`[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => log.write(`[pageerror] ${error.stack ?? error.message}\n`));
  return { context, page, close: () => closeQuietly(context) };
}

async function closeQuietly(context) {
  try {
    await context.close();
  } catch {
    // already gone: the browser died or was killed with the run
  }
}
