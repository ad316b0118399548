// One extension-test run in a browser workbench: code-server up, Chromium on the test URL,
// and the outcome is whichever comes first: the workbench's codeAutomationExit, code-server
// or Chromium going away, or the overall deadline. Everything started is stopped again.
import { openBrowser } from './browser.mjs';
import { remoteUri, startCodeServer } from './codeServer.mjs';

/** The workbench URL that makes the extension host load the extension and run the suite. */
function testUrl(serverUrl, { workspace, extensionPath, runnerPath }) {
  const payload = [
    ['extensionDevelopmentPath', remoteUri(serverUrl, extensionPath)],
    ['extensionTestsPath', remoteUri(serverUrl, runnerPath)],
  ];
  const query = new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) });
  return `${serverUrl}/?${query}`;
}

function deadline(ms) {
  let timer;
  const promise = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ reason: `timed out after ${ms} ms` }), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * @returns {Promise<{ code: number } | { reason: string }>} the suite's exit code, or why there is none
 */
export async function runInWorkbench({ dirs, env, workspace, extensionPath, runnerPath, timeoutMs, log, workspaceTrust = false }) {
  const overall = deadline(timeoutMs);
  let server;
  let browser;
  // code-server runs in its own process group, so an interrupted launcher must end it itself.
  const onSignal = async (signal) => {
    await browser?.close();
    await server?.stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await startCodeServer({ dirs, env, smokeTestDriver: true, workspaceTrust });
    log(`code-server ${server.url} (run folder ${dirs.root})`);
    const serverExit = new Promise((resolve) => server.child.once('exit', (code, signal) => resolve({ reason: `code-server exited (${code ?? signal})` })));
    browser = await openBrowser({ dirs, env });
    let reportExit;
    const suiteExit = new Promise((resolve) => {
      reportExit = resolve;
    });
    // The workbench calls this when the extension host's test run ends; exposed before the page loads.
    await browser.page.exposeFunction('codeAutomationExit', (code) => reportExit({ code: Number(code) }));
    const browserGone = new Promise((resolve) => browser.context.once('close', () => resolve({ reason: 'Chromium closed' })));
    // Only wait for navigation to commit: the suite's end, not the page's load, is what counts.
    await browser.page.goto(testUrl(server.url, { workspace, extensionPath, runnerPath }), { waitUntil: 'commit' });
    return await Promise.race([suiteExit, serverExit, browserGone, overall.promise]);
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  } finally {
    overall.cancel();
    await browser?.close();
    await server?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
