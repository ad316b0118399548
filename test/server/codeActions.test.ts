import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionKind, CodeActionRequest, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { disableRuleInWorkspaceCommand, fixAllCodeActionKind } from '../../server/src/protocol/authoringProtocol';
import { nygardWithoutConsequences } from '../support/adrTexts';
import { joinLines } from '../support/documentText';
import { LspTestClient } from '../support/lspClient';

const workspace = 'file:///workspace/code-actions';

function applied(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), [...edits]);
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? [];
}

describe('code actions over stdio', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ workspaceFolders: [workspace] });
  });
  after(() => client.stop());

  async function actionsFor(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, ...(only === undefined ? {} : { only }) },
    });
    return (result ?? []) as CodeAction[];
  }

  it('offers the missing section as a preferred quick fix that inserts it where the layout puts it', async () => {
    const uri = `${workspace}/doc/adr/0001-use-postgresql.md`;
    client.open(uri, nygardWithoutConsequences);
    const { diagnostics } = await client.diagnostics(uri);
    const missing = diagnostics.filter((diagnostic) => diagnostic.code === 'required-section');
    assert.equal(missing.length, 1);

    const actions = await actionsFor(uri, missing);
    const insert = actions.find((action) => action.title === "Insert section 'Consequences'");
    assert.ok(insert, `actions: ${actions.map((action) => action.title).join(', ')}`);
    assert.equal(insert.kind, CodeActionKind.QuickFix);
    assert.equal(insert.isPreferred, true);
    assert.deepEqual(insert.diagnostics, missing);
    assert.deepEqual(editsOf(insert, uri), [
      { range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, newText: '\n## Consequences\n\n<!-- What becomes easier or harder because of this change? -->\n' },
    ]);
    assert.ok(applied(nygardWithoutConsequences, editsOf(insert, uri)).endsWith('We will use PostgreSQL.\n\n## Consequences\n\n<!-- What becomes easier or harder because of this change? -->\n'));
  });

  it('offers the closest allowed value as the preferred fix, and every allowed value besides', async () => {
    const uri = `${workspace}/mentorship/plan.md`;
    const text = joinLines('---', 'type: mentorship-plan', 'cadence: wekly', '---', '# Mentoring Ana');
    client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri);
    const cadence = diagnostics.filter((diagnostic) => diagnostic.code === 'front-matter-schema');
    assert.match(String(cadence[0]?.message), /Did you mean 'weekly'\?$/);

    const actions = (await actionsFor(uri, cadence)).filter((action) => action.title.startsWith('Change to'));
    assert.deepEqual(actions.map((action) => [action.title, action.isPreferred === true]), [
      ["Change to 'weekly'", true],
      ["Change to 'biweekly'", false],
      ["Change to 'fortnightly'", false],
      ["Change to 'monthly'", false],
      ["Change to 'quarterly'", false],
    ]);
    assert.equal(applied(text, editsOf(actions[0] as CodeAction, uri)), joinLines('---', 'type: mentorship-plan', 'cadence: weekly', '---', '# Mentoring Ana'));
  });

  it('offers to disable the rule in the document (an edit) and for the workspace (a command for the client)', async () => {
    const uri = `${workspace}/doc/adr/0002-disable.md`;
    client.open(uri, nygardWithoutConsequences);
    const { diagnostics } = await client.diagnostics(uri);
    const actions = await actionsFor(uri, diagnostics.filter((diagnostic) => diagnostic.code === 'required-section'));

    const inDocument = actions.find((action) => action.title === "Disable 'required-section' in this document");
    assert.deepEqual(editsOf(inDocument as CodeAction, uri), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- leaddocs-disable required-section -->\n\n' }]);
    const forWorkspace = actions.find((action) => action.title === "Disable 'required-section' for the workspace");
    assert.deepEqual(forWorkspace?.command, { title: "Disable 'required-section' for the workspace", command: disableRuleInWorkspaceCommand, arguments: ['required-section'] });
    assert.equal(forWorkspace?.edit, undefined);
  });

  it('offers no edit from a diagnostic of an older version, whose edits would land in the wrong place', async () => {
    const uri = `${workspace}/doc/adr/0005-stale.md`;
    client.open(uri, nygardWithoutConsequences);
    const { diagnostics } = await client.diagnostics(uri);
    const missing = diagnostics.filter((diagnostic) => diagnostic.code === 'required-section');
    const version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Intro line.\n' }]);
    const moved = await client.diagnosticsFor(uri, version);

    const titles = (await actionsFor(uri, missing)).map((action) => action.title);
    assert.ok(!titles.includes("Insert section 'Consequences'"), titles.join(', '));
    const current = moved.diagnostics.filter((diagnostic) => diagnostic.code === 'required-section');
    assert.ok((await actionsFor(uri, current)).some((action) => action.title === "Insert section 'Consequences'"));
  });

  it('applies every safe fix in one source.fixAll.leaddocs edit, and offers nothing once all are applied', async () => {
    const uri = `${workspace}/docs/decisions/0003-fix-all.md`;
    const text = joinLines('---', 'status: accpeted', 'date: 5 March 2024', '---', '# Use PostgreSQL', '', '## Considered Options', '', '* PostgreSQL', '* MySQL');
    client.open(uri, text);
    await client.diagnostics(uri);

    const [fixAll, ...others] = await actionsFor(uri, [], [fixAllCodeActionKind]);
    assert.equal(others.length, 0);
    assert.equal(fixAll?.kind, fixAllCodeActionKind);
    const fixed = applied(text, editsOf(fixAll as CodeAction, uri));
    assert.equal(
      fixed,
      joinLines(
        '---',
        'status: accepted',
        'date: 2024-03-05',
        '---',
        '# Use PostgreSQL',
        '',
        '## Context and Problem Statement',
        '',
        '<!-- Describe the context and the problem in two or three sentences. -->',
        '',
        '## Considered Options',
        '',
        '* PostgreSQL',
        '* MySQL',
        '',
        '## Decision Outcome',
        '',
        '<!-- Chosen option: "{title of option}", because {justification}. -->',
      ),
    );

    const version = client.change(uri, [{ text: fixed }]);
    await client.diagnosticsFor(uri, version);
    assert.deepEqual(await actionsFor(uri, [], ['source.fixAll']), []);
  });

  it('offers creating front matter and, for an adr-tools ADR, moving Status and Date into it, as refactorings only', async () => {
    const uri = `${workspace}/doc/adr/0004-refactor.md`;
    const text = joinLines('# 4. Use Kafka', '', 'Date: 2024-01-05', '', '## Status', '', 'Accepted', '', '## Context', '', 'Events.', '', '## Decision', '', 'Kafka.', '', '## Consequences', '', 'Ops work.');
    client.open(uri, text);
    await client.diagnostics(uri);

    const refactorings = await actionsFor(uri, [], [CodeActionKind.Refactor]);
    assert.deepEqual(refactorings.map((action) => [action.title, action.kind]), [
      ['Convert Status and Date to front matter', CodeActionKind.RefactorRewrite],
      ['Create front matter for this architecture decision record', CodeActionKind.RefactorRewrite],
    ]);
    const converted = applied(text, editsOf(refactorings[0] as CodeAction, uri));
    assert.equal(converted, joinLines('---', 'status: Accepted', 'date: 2024-01-05', '---', '# 4. Use Kafka', '', '## Context', '', 'Events.', '', '## Decision', '', 'Kafka.', '', '## Consequences', '', 'Ops work.'));
    assert.equal(applied(text, editsOf(refactorings[1] as CodeAction, uri)), '---\ntype: adr\n---\n' + text);
    assert.deepEqual(await actionsFor(uri, [], [fixAllCodeActionKind]), [], 'fix-all never converts');
  });

  it('announces quick fixes, refactorings and source.fixAll.leaddocs', () => {
    assert.deepEqual(client.initializeResult?.capabilities.codeActionProvider, { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, fixAllCodeActionKind], resolveProvider: false });
  });
});
