/**
 * The command behind the server's "Disable rule for the workspace" quick fix: the server cannot
 * write settings, so the client sets `leaddocs.rules[ruleId]` to `off` and the server follows.
 */
import * as vscode from 'vscode';
import { disableRuleInWorkspaceCommand, type DisableRuleInWorkspaceArguments } from '../../../server/src/protocol/authoringProtocol';

export function registerDisableRuleInWorkspace(): vscode.Disposable {
  return vscode.commands.registerCommand(disableRuleInWorkspaceCommand, async (...[ruleId]: Partial<DisableRuleInWorkspaceArguments>) => {
    if (typeof ruleId !== 'string' || ruleId === '') return;
    const configuration = vscode.workspace.getConfiguration('leaddocs');
    // Workspace, not user settings: the team shares what a workspace silences.
    const current = configuration.inspect<Record<string, string>>('rules')?.workspaceValue ?? {};
    await configuration.update('rules', { ...current, [ruleId]: 'off' }, vscode.ConfigurationTarget.Workspace);
  });
}
