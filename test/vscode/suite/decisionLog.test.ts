/**
 * The decision log in real VS Code (issue 11): navigation across documents, the Explorer
 * view, the Generate Decision Log command and the fix that edits another file. Its ADRs come
 * from test/vscode/workspaces/decision-log/, copied into the workspace as `decision-log/` and
 * removed afterwards, so the other suites see examples/ alone. In the fixture, ADR-0003
 * supersedes ADR-0001, which does not say so yet.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LeaddocsApi } from '../../../client/src/api';
import type { DecisionLogView } from '../../../server/src/protocol/decisionLogProtocol';
import { describeDiagnostics, ruleId, waitForDiagnostics } from '../support/diagnostics';
import { activeLeaddocs, leaddocsExtension } from '../support/leaddocs';
import { waitUntil } from '../support/waitFor';
import { openInEditor, replaceText, workspaceUri } from '../support/workspace';

const FOLDER = 'decision-log/docs/decisions';
const MYSQL = `${FOLDER}/0001-use-mysql-for-orders.md`;
const KAFKA = `${FOLDER}/0002-publish-order-events-to-kafka.md`;
const POSTGRES = `${FOLDER}/0003-move-orders-to-postgresql.md`;

function itemsOf(view: DecisionLogView | undefined): Map<string, string> {
  const groupOf = new Map<string, string>();
  for (const group of view?.groups ?? []) for (const item of group.items) groupOf.set(item.uri, group.id);
  return groupOf;
}

function describeView(view: DecisionLogView | undefined): string {
  if (view === undefined) return 'no view yet';
  return `${view.indexing ? 'indexing; ' : ''}${view.groups.map((group) => `${group.id}: ${group.items.map((item) => item.label).join(', ')}`).join(' | ')}`;
}

/** Resolves once the view, as the Explorer shows it, satisfies `isDone`. */
function waitForView(api: LeaddocsApi, isDone: (view: DecisionLogView) => boolean, what: string): Promise<DecisionLogView | undefined> {
  return waitUntil(api.decisionLog.onDidRefresh, () => api.decisionLog.current, (view) => view !== undefined && !view.indexing && isDone(view), (view) => `${what}: ${describeView(view)}`);
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('the decision log', () => {
  let api: LeaddocsApi;

  before(async () => {
    api = await activeLeaddocs();
    const fixture = vscode.Uri.joinPath(leaddocsExtension().extensionUri, 'test', 'vscode', 'workspaces', 'decision-log');
    await vscode.workspace.fs.copy(fixture, workspaceUri('decision-log'), { overwrite: true });
    // Opened (not shown), so the server hears of them now rather than whenever the OS file watcher reports the copy.
    for (const path of [MYSQL, KAFKA, POSTGRES]) await vscode.workspace.openTextDocument(workspaceUri(path));
    // The view asks the server only while it is visible, as it would for a user.
    await vscode.commands.executeCommand('leaddocs.decisionLog.focus');
  });

  after(async () => {
    await vscode.workspace.fs.delete(workspaceUri('decision-log'), { recursive: true, useTrash: false });
  });

  it('shows the ADRs in the Explorer view, grouped by status, with a health line', async () => {
    const fixtureAdrs = [MYSQL, KAFKA, POSTGRES].map((path) => workspaceUri(path).toString());
    const view = await waitForView(api, (shown) => fixtureAdrs.every((uri) => itemsOf(shown).get(uri) === 'adr:accepted'), 'the fixture ADRs, accepted');
    const postgres = view?.groups.flatMap((group) => group.items).find((item) => item.uri === workspaceUri(POSTGRES).toString());
    assert.ok(postgres !== undefined && postgres.warnings + postgres.errors > 0, `ADR-0003 carries its one-way supersession as a problem: ${JSON.stringify(postgres)}`);
    assert.ok(postgres.problems.some((problem) => /ADR-0001|0001-use-mysql/.test(problem)), postgres.problems.join(' | '));
    assert.match(api.decisionLog.message ?? '', /open finding/);
  });

  it('goes to the definition of an ADR-0002 mention: that ADR', async () => {
    const { document } = await openInEditor(workspaceUri(POSTGRES));
    const mention = document.positionAt(document.getText().indexOf('ADR-0002') + 3);
    const targets = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, mention);
    const uris = targets.map((target) => ('targetUri' in target ? target.targetUri : target.uri).toString());
    assert.deepEqual(uris, [workspaceUri(KAFKA).toString()]);
  });

  it('moves an ADR to its new status group when the author edits it, and back', async () => {
    // An edit, not a write behind VS Code's back: how soon the OS file watcher reports a file is
    // outside Leaddocs' hands on a busy machine, and the protocol tests cover changes on disk.
    // The document is not shown, so no later suite meets an unsaved editor.
    const document = await vscode.workspace.openTextDocument(workspaceUri(KAFKA));
    const original = document.getText();
    await replaceText(document, original.replace('status: accepted', 'status: proposed'));
    await waitForView(api, (shown) => itemsOf(shown).get(document.uri.toString()) === 'adr:proposed', 'ADR-0002, proposed');
    await replaceText(document, original);
    await waitForView(api, (shown) => itemsOf(shown).get(document.uri.toString()) === 'adr:accepted', 'ADR-0002, accepted again');
  });

  it('fixes a one-way supersession by editing the OTHER file', async () => {
    const { document } = await openInEditor(workspaceUri(POSTGRES));
    const [backLink] = await waitForDiagnostics(document.uri, (found) => found.some((d) => ruleId(d) === 'supersession-back-link'), 'supersession-back-link on ADR-0003')
      .then((found) => found.filter((d) => ruleId(d) === 'supersession-back-link'));
    assert.ok(backLink);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, backLink.range, vscode.CodeActionKind.QuickFix.value);
    const mysql = workspaceUri(MYSQL);
    const fix = actions.find((action) => action.edit?.entries().some(([uri]) => uri.toString() === mysql.toString()));
    assert.ok(fix?.edit, `a fix that edits ADR-0001 among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));

    const old = await vscode.workspace.openTextDocument(mysql);
    assert.match(old.getText(), /^status: superseded by ADR-0003$/m);
    assert.equal(document.getText().includes('supersedes: ADR-0001'), true, 'the successor is left as it was');
    await old.save();
    await waitForDiagnostics(document.uri, (found) => !found.some((d) => ruleId(d) === 'supersession-back-link'), 'the back-link finding gone')
      .catch((error: unknown) => assert.fail(`${String(error)}; left: ${describeDiagnostics(vscode.languages.getDiagnostics(document.uri))}`));
  });

  it('generates the decision log file, and a second run changes nothing', async () => {
    const folder = workspaceUri(FOLDER);
    const log = workspaceUri(`${FOLDER}/README.md`);
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('leaddocs.generateDecisionLog', folder);
    assert.deepEqual(written.map(String), [log.toString()]);
    const text = await readText(log);
    assert.match(text, /0003-move-orders-to-postgresql\.md/);
    assert.match(text, /Publish order events to Kafka.*accepted/);
    assert.match(text, /Use MySQL for orders.*superseded/);
    const again = await vscode.commands.executeCommand<vscode.Uri[]>('leaddocs.generateDecisionLog', folder);
    assert.deepEqual(again, [], 'the second run writes nothing');
    assert.equal(await readText(log), text);
  });
});
