import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readWorkspaceText, today, withSetting } from '../support/authoring';
import { currentDocumentInfo } from '../support/documentInfo';
import { activeLeaddocs } from '../support/leaddocs';
import { workspaceUri } from '../support/workspace';

interface NewDocumentCase {
  readonly command: string;
  readonly title: string;
  /** The path the examples workspace's folders and naming lead to. */
  readonly path: string;
  readonly type: string;
}

/** The number the next ADR in examples/docs/decisions gets: after the highest, whatever other suites added. */
async function nextAdrNumber(): Promise<number> {
  const names = (await vscode.workspace.fs.readDirectory(workspaceUri('docs/decisions'))).map(([name]) => name);
  return Math.max(0, ...names.map((name) => /^(\d{4})-/.exec(name)?.[1]).filter((digits) => digits !== undefined).map(Number)) + 1;
}

async function openedAndDetected(uri: vscode.Uri, type: string): Promise<void> {
  const api = await activeLeaddocs();
  assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the new document is open in the editor');
  const info = await currentDocumentInfo(api, vscode.window.activeTextEditor.document);
  assert.equal(info.type, type, `${uri.path} detected as ${type}`);
}

describe('New … commands', () => {
  before(async () => {
    await activeLeaddocs();
  });

  it('New ADR numbers after the last ADR, dates it today, writes the MADR template and opens it', async () => {
    const number = String(await nextAdrNumber()).padStart(4, '0');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('leaddocs.newAdr', { title: 'Adopt feature flags for releases' });
    assert.ok(uri instanceof vscode.Uri, 'the command returns the new file');
    assert.equal(uri.toString(), workspaceUri(`docs/decisions/${number}-adopt-feature-flags-for-releases.md`).toString());

    const text = await readWorkspaceText(uri);
    assert.ok(text.startsWith(`---\nstatus: proposed\ndate: ${today()}\n`), text);
    assert.match(text, /^# Adopt feature flags for releases$/m);
    for (const heading of ['## Context and Problem Statement', '## Considered Options', '## Decision Outcome']) assert.ok(text.includes(`\n${heading}\n`), `${heading} in:\n${text}`);
    assert.doesNotMatch(text, /\{\{/, 'every template value filled');
    await openedAndDetected(uri, 'adr');
  });

  const others: readonly NewDocumentCase[] = [
    { command: 'leaddocs.newBrief', title: 'Move search to the managed cluster', path: 'briefs/move-search-to-the-managed-cluster.md', type: 'brief' },
    { command: 'leaddocs.newMentorshipPlan', title: 'Ama Owusu and Lena Park', path: 'mentorship/ama-owusu-and-lena-park.md', type: 'mentorship-plan' },
    { command: 'leaddocs.newPortfolio', title: 'Priya Raman 2026 H2', path: 'portfolio/priya-raman-2026-h2.md', type: 'portfolio' },
    // examples/postmortems names its files by date, so the new one is dated too.
    { command: 'leaddocs.newPostmortem', title: 'Checkout outage', path: `postmortems/${today()}-checkout-outage.md`, type: 'postmortem' },
  ];
  for (const { command, title, path, type } of others) {
    it(`${command} writes ${path.replace(today(), 'today')} from its template`, async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>(command, { title });
      assert.equal(uri.toString(), workspaceUri(path).toString());
      const text = await readWorkspaceText(uri);
      assert.ok(text.startsWith(`---\ntype: ${type}\n`), text);
      assert.match(text, new RegExp(`^# ${title}$`, 'm'));
      await openedAndDetected(uri, type);
    });
  }

  it('takes a team template from leaddocs.templates.folder and a folder from its argument', async () => {
    await vscode.workspace.fs.createDirectory(workspaceUri('.leaddocs/templates'));
    await vscode.workspace.fs.writeFile(workspaceUri('.leaddocs/templates/adr.md'), new TextEncoder().encode('# ADR-{{number}}: {{title}}\n\nDate: {{date}}\n\n## Status\n\nProposed\n'));
    const uri = await withSetting('templates.folder', '.leaddocs/templates', () =>
      vscode.commands.executeCommand<vscode.Uri>('leaddocs.newAdr', { title: 'Record architecture decisions', folder: 'design/adr' }),
    );
    assert.equal(uri.toString(), workspaceUri('design/adr/0001-record-architecture-decisions.md').toString(), 'an empty folder starts at 0001');
    assert.equal(await readWorkspaceText(uri), `# ADR-1: Record architecture decisions\n\nDate: ${today()}\n\n## Status\n\nProposed\n`);
  });

  it('follows a folder\'s adr-NNN naming and the leaddocs.adr.folder setting', async () => {
    await vscode.workspace.fs.createDirectory(workspaceUri('architecture'));
    await vscode.workspace.fs.writeFile(workspaceUri('architecture/adr-007-use-grpc.md'), new TextEncoder().encode('# Use gRPC\n'));
    const uri = await withSetting('adr.folder', 'architecture', () => vscode.commands.executeCommand<vscode.Uri>('leaddocs.newAdr', { title: 'Retire the SOAP gateway' }));
    assert.equal(uri.toString(), workspaceUri('architecture/adr-008-retire-the-soap-gateway.md').toString());
  });
});
