// Screenshots taken in real VS Code (code-server + Chromium, the test harness's modules): the
// preview with its checklist, and the quick-fix menu offering to insert a missing section.
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser } from '../vscode/browser.mjs';
import { remoteUri, startCodeServer } from '../vscode/codeServer.mjs';
import { createRunDir, removeRunDir, runEnv } from '../vscode/runDir.mjs';
import { repoRoot } from '../vscode/toolPaths.mjs';

const BRIEF = 'q3-platform-migration.md';
const BROKEN_ADR = '0005-broken-adr.md';
const STEP_TIMEOUT_MS = 60_000;

/**
 * Runs a command from the palette by its title, as an author would. Just after start-up the
 * palette may not list the extension's commands yet, so it is asked again until it does.
 */
async function runCommand(page, title) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ timeout: 5_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw error;
    }
  }
}

/** Quick Open (Ctrl+P) by file name. */
async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** The preview's content frame, once its checklist has rendered. */
async function waitForPreview(page) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if ((await frame.locator('#checklist li').count().catch(() => 0)) > 0) return frame;
    }
    await page.waitForTimeout(250); // polling the frames: the webview's iframe appears late and nests
  }
  throw new Error('the Leaddocs preview did not render within a minute');
}

export async function takeWorkbenchShots({ outDir, log }) {
  const dirs = createRunDir('screenshots');
  const workspace = path.join(dirs.root, 'workspace');
  fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
  // A calm, readable workbench for a README: no minimap, no welcome tab, the light theme.
  const settingsDir = path.join(dirs.userData, 'User');
  fs.mkdirSync(settingsDir, { recursive: true });
  fs.writeFileSync(path.join(settingsDir, 'settings.json'), JSON.stringify({
    'workbench.colorTheme': 'Default Light Modern',
    'workbench.startupEditor': 'none',
    'editor.minimap.enabled': false,
    'workbench.tips.enabled': false,
    'window.commandCenter': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'security.workspace.trust.enabled': false,
  }, null, 2));

  const env = runEnv(dirs);
  let server;
  let browser;
  let succeeded = false;
  try {
    server = await startCodeServer({ dirs, env, smokeTestDriver: true });
    browser = await openBrowser({ dirs, env });
    const { page } = browser;
    const payload = [['extensionDevelopmentPath', remoteUri(server.url, repoRoot)]];
    await page.goto(`${server.url}/?${new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) })}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.locator('.explorer-folders-view').waitFor({ timeout: STEP_TIMEOUT_MS });

    log('the preview with its checklist');
    await openFile(page, BRIEF);
    await runCommand(page, 'Leaddocs: Open Preview to the Side');
    await waitForPreview(page);
    await page.screenshot({ path: path.join(outDir, 'preview.png') });

    log('a quick fix inserting a missing section');
    await runCommand(page, 'View: Close All Editors');
    await openFile(page, BROKEN_ADR);
    // The title line carries the "missing section" findings.
    await page.locator('.squiggly-warning').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await runCommand(page, 'Go to Line/Column...');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget').first();
    await menu.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await menu.getByText(/Insert section/).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.screenshot({ path: path.join(outDir, 'quick-fix.png') });
    succeeded = true;
  } catch (error) {
    log(`run folder kept for inspection: ${dirs.root}`);
    await browser?.page.screenshot({ path: path.join(dirs.root, 'failure.png') }).catch(() => undefined);
    throw error;
  } finally {
    await browser?.close();
    await server?.stop();
    // Only once code-server is gone: it writes into the run folder until then.
    if (succeeded) removeRunDir(dirs);
  }
}
