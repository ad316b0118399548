import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExportOutcome } from '../../../client/src/export/exportOptions';
import { activeLeaddocs } from '../support/leaddocs';
import { recordMeasurement } from '../support/measurements';
import { openInEditor, workspaceUri } from '../support/workspace';

const BRIEF = 'briefs/q3-platform-migration.md';
const ADR = 'docs/decisions/0001-use-an-event-driven-order-pipeline.md';

/** What each format's file starts with. */
const SIGNATURES = {
  pdf: /^%PDF-/,
  pptx: /^PK/,
  docx: /^PK/,
  html: /^<!DOCTYPE html>/,
  md: /^Our order and delivery systems|^#|^[A-Z]/,
} as const;

async function exportWith(command: 'leaddocs.exportBrief' | 'leaddocs.exportDocument', path: string, options: Record<string, unknown>): Promise<ExportOutcome> {
  return (await vscode.commands.executeCommand(command, workspaceUri(path), { notify: false, ...options })) as ExportOutcome;
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function remove(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
}

describe('export commands', () => {
  before(async () => {
    await activeLeaddocs();
    await openInEditor(workspaceUri(BRIEF));
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const format of ['html', 'pdf', 'pptx', 'docx', 'md'] as const) {
    it(`exports the brief as ${format} next to it`, async () => {
      const target = workspaceUri(`briefs/q3-platform-migration.${format === 'md' ? 'export.md' : format}`);
      await remove(target);
      const outcome = await exportWith('leaddocs.exportBrief', BRIEF, { format, exportAnyway: true });
      assert.equal(outcome.kind, 'written', JSON.stringify(outcome));
      if (outcome.kind !== 'written') return;
      recordMeasurement(`export ${format} in VS Code (request → file written)`, outcome.elapsedMs, 'ms');
      assert.equal(outcome.target, target.toString());
      assert.equal(outcome.omittedSections, 1, 'the confidential Appendix is left out');
      const bytes = await vscode.workspace.fs.readFile(target);
      assert.equal(bytes.byteLength, outcome.bytes);
      const head = new TextDecoder('latin1').decode(bytes.slice(0, 64));
      assert.match(head, SIGNATURES[format]);
      if (format === 'md' || format === 'html') assert.doesNotMatch(await readText(target), /Appendix/);
    });
  }

  it('never replaces an existing file without the author\'s yes', async () => {
    const target = workspaceUri('briefs/q3-platform-migration.html');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('keep me'));
    const declined = await exportWith('leaddocs.exportDocument', BRIEF, { format: 'html', overwrite: false, exportAnyway: true });
    assert.deepEqual(declined, { kind: 'cancelled', why: 'exists' });
    assert.equal(await readText(target), 'keep me');

    const replaced = await exportWith('leaddocs.exportDocument', BRIEF, { format: 'html', overwrite: true, exportAnyway: true });
    assert.equal(replaced.kind, 'written');
    assert.match(await readText(target), /^<!DOCTYPE html>/);
  });

  it('Export Brief refuses a document that is not a brief; Export Document takes it', async () => {
    const refused = await exportWith('leaddocs.exportBrief', ADR, { format: 'md' });
    assert.equal(refused.kind, 'refused');
    if (refused.kind === 'refused') assert.match(refused.message, /not an executive brief.*Export Document/s);

    const target = workspaceUri(ADR.replace(/\.md$/, '.export.md'));
    await remove(target);
    const exported = await exportWith('leaddocs.exportDocument', ADR, { format: 'md', exportAnyway: true });
    assert.equal(exported.kind, 'written', JSON.stringify(exported));
  });

  it('asks before exporting a brief below the pass mark', async () => {
    const thin = workspaceUri('briefs/thin.md');
    await vscode.workspace.fs.writeFile(thin, new TextEncoder().encode('---\ntype: brief\nstatus: draft\n---\n# Thin brief\n\nNothing yet.\n'));
    const declined = await exportWith('leaddocs.exportBrief', 'briefs/thin.md', { format: 'pdf', exportAnyway: false });
    assert.deepEqual(declined, { kind: 'cancelled', why: 'concerns' });
    assert.equal(await vscode.workspace.fs.stat(workspaceUri('briefs/thin.pdf')).then(() => true, () => false), false);
  });

  it('writes into leaddocs.export.folder when it is set', async () => {
    const settings = vscode.workspace.getConfiguration('leaddocs');
    await settings.update('export.folder', 'exports', vscode.ConfigurationTarget.Workspace);
    try {
      const outcome = await exportWith('leaddocs.exportDocument', BRIEF, { format: 'docx', exportAnyway: true, overwrite: true });
      assert.equal(outcome.kind === 'written' ? outcome.target : outcome.kind, workspaceUri('exports/q3-platform-migration.docx').toString());
    } finally {
      await settings.update('export.folder', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
