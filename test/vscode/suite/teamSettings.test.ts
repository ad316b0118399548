import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { withSetting } from '../support/authoring';
import { ruleId, waitForDiagnostics } from '../support/diagnostics';
import { activeLeaddocs } from '../support/leaddocs';
import { openInEditor, workspaceUri } from '../support/workspace';

const ADR = ['---', 'status: parked', 'date: 2026-01-10', '---', '', '# Use a queue for exports', '', '## Context and Problem Statement', '', 'Exports time out.', ''].join('\n');

function severityOf(diagnostics: readonly vscode.Diagnostic[], rule: string): vscode.DiagnosticSeverity | undefined {
  return diagnostics.find((diagnostic) => ruleId(diagnostic) === rule)?.severity;
}

describe('the team settings file (.leaddocs.yaml)', () => {
  const documentUri = workspaceUri('docs/decisions/0098-use-a-queue-for-exports.md');
  const teamFile = workspaceUri('.leaddocs.yaml');

  before(async () => {
    await activeLeaddocs();
    await vscode.workspace.fs.writeFile(documentUri, new TextEncoder().encode(ADR));
  });

  after(async () => {
    await vscode.workspace.fs.delete(teamFile).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(documentUri).then(undefined, () => undefined);
  });

  it('applies when saved, lies under a setting someone set, and goes when deleted', async () => {
    const document = (await openInEditor(documentUri)).document;
    await waitForDiagnostics(document.uri, (found) => severityOf(found, 'unknown-status') === vscode.DiagnosticSeverity.Warning, 'the default severity');

    await vscode.workspace.fs.writeFile(teamFile, new TextEncoder().encode('rules:\n  unknown-status: error\n'));
    await waitForDiagnostics(document.uri, (found) => severityOf(found, 'unknown-status') === vscode.DiagnosticSeverity.Error, 'the team file\'s severity');

    await withSetting('rules', { 'unknown-status': 'hint' }, () =>
      waitForDiagnostics(document.uri, (found) => severityOf(found, 'unknown-status') === vscode.DiagnosticSeverity.Hint, 'the workspace setting over the file'),
    );
    await waitForDiagnostics(document.uri, (found) => severityOf(found, 'unknown-status') === vscode.DiagnosticSeverity.Error, 'the file again once the setting is gone');

    await vscode.workspace.fs.delete(teamFile);
    const found = await waitForDiagnostics(document.uri, (diagnostics) => severityOf(diagnostics, 'unknown-status') === vscode.DiagnosticSeverity.Warning, 'the default again');
    assert.ok(found.length > 0);
  });
});
