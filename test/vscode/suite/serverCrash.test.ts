import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { ruleId, waitForDiagnostics } from '../support/diagnostics';
import type { LeaddocsApi } from '../../../client/src/api';
import { activeLeaddocs } from '../support/leaddocs';
import { nextEvent, waitUntil } from '../support/waitFor';
import { openInEditor, workspaceUri } from '../support/workspace';

// A broken ADR of its own: the diagnostics suite edits 0005 into shape.
const BROKEN_TEXT = `---
status: parked
---

# Retire the legacy billing service

## Context and Problem Statement

Billing runs on a service nobody on the team has changed in three years.
`;

/** Resolves with the server's pid once the client runs a server process other than `previousPid`. */
function newServerPid(api: LeaddocsApi, previousPid: number | undefined): Promise<number | undefined> {
  return waitUntil(
    api.client.onDidChangeState,
    () => (api.client.state === State.Running ? api.serverPid() : undefined),
    (running) => running !== undefined && running !== previousPid,
    (running) => `server pid ${running} (previous ${previousPid}), client state ${api.client.state}`,
  );
}

describe('server crash', () => {
  it('restarts a killed server, tells the author, and brings the diagnostics back', async () => {
    const api = await activeLeaddocs();
    const uri = workspaceUri('docs/decisions/0099-crash-test.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(BROKEN_TEXT));
    await openInEditor(uri);
    const hasFindings = (found: vscode.Diagnostic[]) => found.some((d) => ruleId(d) === 'unknown-status') && found.some((d) => ruleId(d) === 'required-section');
    await waitForDiagnostics(uri, hasFindings, 'before the crash');

    const killedPid = api.serverPid();
    assert.ok(killedPid !== undefined, 'the server runs as a process');
    const crash = nextEvent(api.onDidCrash, () => true, 'crash noticed');
    process.kill(killedPid, 'SIGKILL');

    assert.deepEqual(await crash, { restarting: true }, 'the crash is surfaced and a restart is under way');
    await newServerPid(api, killedPid);
    // The old server's diagnostics were dropped with its connection; these come from the new one.
    await waitForDiagnostics(uri, hasFindings, 'after the restart');
  });

  it('"Leaddocs: Restart Server" starts a fresh server that checks the open documents again', async () => {
    const api = await activeLeaddocs();
    const uri = workspaceUri('docs/decisions/0099-crash-test.md');
    await openInEditor(uri);
    const previousPid = api.serverPid();
    await vscode.commands.executeCommand('leaddocs.restartServer');
    await newServerPid(api, previousPid);
    await waitForDiagnostics(uri, (found) => found.some((d) => ruleId(d) === 'unknown-status'), 'after the restart command');
  });

  it('stops restarting a server that keeps dying, says so, and the restart command revives it', async () => {
    const api = await activeLeaddocs();
    const uri = workspaceUri('docs/decisions/0099-crash-test.md');
    await openInEditor(uri);
    // Bounded: the client gives up after a handful of crashes within three minutes.
    let lastCrash = { restarting: true };
    for (let kills = 0; kills < 8 && lastCrash.restarting; kills += 1) {
      const pid = api.serverPid() ?? (await newServerPid(api, undefined));
      const crash = nextEvent(api.onDidCrash, () => true, `crash ${kills + 1} noticed`);
      process.kill(pid as number, 'SIGKILL');
      lastCrash = await crash;
      if (lastCrash.restarting) await newServerPid(api, pid);
    }
    assert.deepEqual(lastCrash, { restarting: false }, 'the client gave up restarting');
    await waitUntil(api.client.onDidChangeState, () => api.client.state, (state) => state === State.Stopped, (state) => `client state ${state}`);
    assert.equal(api.statusText().text, 'Leaddocs server stopped');

    await vscode.commands.executeCommand('leaddocs.restartServer');
    await newServerPid(api, undefined);
    await waitForDiagnostics(uri, (found) => found.some((d) => ruleId(d) === 'unknown-status'), 'after reviving the server');
  });
});
