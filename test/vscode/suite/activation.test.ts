import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeLeaddocs, leaddocsExtension } from '../support/leaddocs';

describe('activation', () => {
  it('activates on markdown and starts the language server', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n' });
    await vscode.window.showTextDocument(document);
    const api = await activeLeaddocs();
    assert.equal(leaddocsExtension().isActive, true);
    assert.equal(typeof api.serverPid(), 'number', 'the server runs as its own process');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('leaddocs.restartServer'), 'the restart command is registered');
  });
});
