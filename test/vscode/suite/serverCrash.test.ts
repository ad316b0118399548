import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { ruleId, waitForDiagnostics } from '../support/diagnostics';
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
    const pid = await waitUntil(
      api.client.onDidChangeState,
      () => (api.client.state === State.Running ? api.serverPid() : undefined),
      (running) => running !== undefined && running !== killedPid,
      (running) => `server pid ${running} (killed ${killedPid}), client state ${api.client.state}`,
    );
    assert.notEqual(pid, killedPid);
    // The old server's diagnostics were dropped with its connection; these come from the new one.
    await waitForDiagnostics(uri, hasFindings, 'after the restart');
  });
});
