import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyAction, closeScratchEditors, codeActions, FIX_ALL_KIND, today, untitledMarkdown, wholeDocument, withSetting } from '../support/authoring';
import { leaddocsDiagnostics, ruleId, waitForDiagnostics } from '../support/diagnostics';
import { currentDocumentInfo } from '../support/documentInfo';
import { activeLeaddocs } from '../support/leaddocs';
import { waitUntil } from '../support/waitFor';
import { workspaceUri } from '../support/workspace';

/** A MADR ADR without its Considered Options: one required section missing, in the middle. */
const ADR_WITHOUT_OPTIONS = [
  '---',
  'type: adr',
  'status: accepted',
  'date: 2026-03-02',
  'decision-makers: [Priya Raman]',
  '---',
  '',
  '# Use managed PostgreSQL for orders',
  '',
  '## Context and Problem Statement',
  '',
  'Our self-hosted database needs a full-time operator we do not have.',
  '',
  '## Decision Outcome',
  '',
  'Chosen option: "managed PostgreSQL", because it removes the on-call burden.',
  '',
];

async function insertSnippet(name: string): Promise<vscode.TextDocument> {
  const editor = await untitledMarkdown([]);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
  await waitUntil(vscode.workspace.onDidChangeTextDocument, () => editor.document.getText(), (text) => text.length > 0, () => `snippet '${name}' not inserted`);
  return editor.document;
}

async function completionLabels(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n---\n');
}

function requiredSectionFindings(document: vscode.TextDocument): vscode.Diagnostic[] {
  return leaddocsDiagnostics(document.uri).filter((d) => ruleId(d) === 'required-section');
}

describe('authoring help', () => {
  before(async () => {
    await activeLeaddocs();
  });

  after(closeScratchEditors);

  describe('snippets', () => {
    const skeletons: ReadonlyArray<[name: string, type: string, variant: string | null]> = [
      ['ADR (Nygard)', 'adr', 'nygard'],
      ['Executive brief', 'brief', null],
      ['Mentorship plan', 'mentorship-plan', null],
      ['Leadership portfolio', 'portfolio', null],
      ['Postmortem', 'postmortem', null],
    ];
    for (const [name, type, variant] of skeletons) {
      it(`'${name}' inserts a skeleton the server reads as a complete ${type}`, async () => {
        const api = await activeLeaddocs();
        const document = await insertSnippet(name);
        const info = await currentDocumentInfo(api, document);
        assert.equal(info.type, type);
        if (variant !== null) assert.equal(info.variant, variant);
        await waitForDiagnostics(document.uri, (found) => found.some((d) => ruleId(d) === 'unfilled-placeholder'), 'prompts flagged as placeholders');
        assert.deepEqual(requiredSectionFindings(document).map((d) => d.message), [], 'every required section present');
      });
    }

    it('inserts an action item with an owner and today as its due date', async () => {
      const document = await insertSnippet('Action item');
      assert.equal(document.getText(), `- [ ] {action} — @{owner}, due ${today()}`);
    });
  });

  describe('completion in front matter', () => {
    it('offers the schema keys not yet written, then the status values and today for a date', async () => {
      const editor = await untitledMarkdown(['---', 'type: adr', 'status: ', '', '---', '', '# Use Kafka for order events', '']);
      const keys = await completionLabels(editor.document, new vscode.Position(3, 0));
      for (const key of ['date', 'decision-makers', 'consulted', 'supersedes']) assert.ok(keys.includes(key), `key ${key} offered: ${keys.join(', ')}`);
      for (const key of ['type', 'status']) assert.ok(!keys.includes(key), `${key} is already written: ${keys.join(', ')}`);

      const statuses = await completionLabels(editor.document, new vscode.Position(2, 'status: '.length));
      for (const status of ['proposed', 'accepted', 'rejected', 'deprecated']) assert.ok(statuses.includes(status), `status ${status} offered: ${statuses.join(', ')}`);

      await editor.edit((builder) => builder.insert(new vscode.Position(3, 0), 'date: '));
      const dates = await completionLabels(editor.document, new vscode.Position(3, 'date: '.length));
      assert.ok(dates.includes(today()), `today offered for date: ${dates.join(', ')}`);
    });
  });

  describe('completion of section headings', () => {
    it('offers, after "## ", the sections of the type not yet written, in order', async () => {
      const editor = await untitledMarkdown([...ADR_WITHOUT_OPTIONS, '## ']);
      const labels = await completionLabels(editor.document, new vscode.Position(ADR_WITHOUT_OPTIONS.length, 3));
      const madrSections = ['Decision Drivers', 'Considered Options', 'Pros and Cons of the Options', 'More Information'];
      assert.deepEqual(labels.filter((label) => madrSections.includes(label)), madrSections, labels.join(', '));
      assert.ok(!labels.includes('Decision Outcome') && !labels.includes('Context and Problem Statement'), `sections already written are not offered: ${labels.join(', ')}`);
    });
  });

  describe('hover and outline', () => {
    it('describes a front-matter key from its schema, and an ADR id by the title, status and date of that ADR', async () => {
      const api = await activeLeaddocs();
      // The ADR the id names must be known to the server's workspace index; an open document always is.
      // Not ADR-0001: the untitled Nygard skeleton above is numbered 1 and the index counts open drafts too.
      const referenced = await vscode.workspace.openTextDocument(workspaceUri('docs/decisions/0004-move-orders-to-managed-postgresql.md'));
      await currentDocumentInfo(api, referenced);
      const editor = await untitledMarkdown([...ADR_WITHOUT_OPTIONS.slice(0, 6), 'related: [ADR-0004]', ...ADR_WITHOUT_OPTIONS.slice(6)]);
      const status = await hoverText(editor.document, new vscode.Position(2, 2));
      assert.match(status, /\*\*status\*\*/, status);
      assert.match(status, /proposed/, status);

      const related = await hoverText(editor.document, new vscode.Position(6, 'related: [ADR-0'.length));
      assert.match(related, /Move orders to managed PostgreSQL/, related);
      assert.match(related, /accepted/, related);
      assert.match(related, /2026-03-04/, related);
    });

    it('outlines the type\'s sections and shows a failing checklist item as the section\'s detail', async () => {
      const editor = await untitledMarkdown([...ADR_WITHOUT_OPTIONS.slice(0, 13), '## Considered Options', '', '* Managed PostgreSQL', '', ...ADR_WITHOUT_OPTIONS.slice(13)]);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      const flat = (list: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => list.flatMap((symbol) => [symbol, ...flat(symbol.children)]);
      // VS Code's own markdown outline answers too; Leaddocs' symbols are the ones with checklist details.
      const options = flat(symbols).find((symbol) => symbol.name === 'Considered Options' && symbol.detail.includes('✗'));
      assert.ok(options, `a Considered Options symbol with a failing item: ${flat(symbols).map((symbol) => `${symbol.name} [${symbol.detail}]`).join('; ')}`);
      assert.match(options.detail, /two options/);
    });
  });

  describe('quick fixes', () => {
    it('inserts a missing section where the type\'s order puts it, keeping every line', async () => {
      const editor = await untitledMarkdown(ADR_WITHOUT_OPTIONS);
      const { document } = editor;
      const [missing] = await waitForDiagnostics(document.uri, (found) => found.some((d) => ruleId(d) === 'required-section'), 'Considered Options reported missing');
      assert.ok(missing);
      assert.match(missing.message, /Considered Options/);

      const actions = await codeActions(document.uri, missing.range, vscode.CodeActionKind.QuickFix);
      const insert = actions.find((action) => action.title === "Insert section 'Considered Options'");
      assert.ok(insert, `insert-section fix offered: ${actions.map((action) => action.title).join(' | ')}`);
      assert.equal(insert.isPreferred, true, 'marked preferred');
      await applyAction(insert);

      const lines = document.getText().split('\n');
      const options = lines.indexOf('## Considered Options');
      assert.ok(options > lines.indexOf('## Context and Problem Statement') && options < lines.indexOf('## Decision Outcome'), `placed in MADR order:\n${document.getText()}`);
      const remaining = [...lines];
      for (const line of ADR_WITHOUT_OPTIONS) {
        const at = remaining.indexOf(line);
        assert.ok(at >= 0, `original line kept: '${line}'`);
        remaining.splice(at, 1);
      }
      await waitForDiagnostics(document.uri, (found) => !found.some((d) => ruleId(d) === 'required-section'), 'the missing-section finding gone');
    });
  });

  describe('fix-all', () => {
    const BRIEF_WITH_GAPS = ['---', 'type: brief', 'status: draft', '---', '', '# Move search to the managed cluster', '', '## Summary', '', 'We ask for two engineers for a quarter.', ''];

    it('source.fixAll.leaddocs applies every safe fix in one edit, and a second run changes nothing', async () => {
      const { document } = await untitledMarkdown(BRIEF_WITH_GAPS);
      const [fixAll] = await codeActions(document.uri, wholeDocument(document), FIX_ALL_KIND);
      assert.ok(fixAll, 'fix-all offered');
      await applyAction(fixAll);

      const text = document.getText();
      for (const heading of ['## Business impact', '## Risks', '## Asks', '## Action items']) assert.ok(text.includes(`\n${heading}\n`), `${heading} inserted:\n${text}`);
      for (const line of BRIEF_WITH_GAPS) assert.ok(text.split('\n').includes(line), `original line kept: '${line}'`);
      await waitForDiagnostics(document.uri, (found) => leaddocsDiagnostics(document.uri).length > 0 && !found.some((d) => ruleId(d) === 'required-section'), 'no required section missing');

      const again = await codeActions(document.uri, wholeDocument(document), FIX_ALL_KIND);
      const edits = again.flatMap((action) => action.edit?.get(document.uri) ?? []);
      assert.deepEqual(edits.map((edit) => edit.newText), [], 'nothing left to fix');
    });

    it('leaddocs.fixAllOnSave fixes a document as it is saved', async () => {
      const uri = workspaceUri('briefs/fix-on-save.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(BRIEF_WITH_GAPS.join('\n')));
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const api = await activeLeaddocs();
      await currentDocumentInfo(api, document);
      // fixAllOnSave is read by the client only, so turning it on does not rebuild the server's
      // engine or re-check open documents: the save below is not slowed by a settings change.
      await withSetting('fixAllOnSave', true, async () => {
        await vscode.window.activeTextEditor?.edit((builder) => builder.insert(new vscode.Position(9, 0), 'Two engineers, one quarter. '));
        await currentDocumentInfo(api, document);
        assert.ok(await document.save(), 'saved');
      });
      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.ok(saved.includes('\n## Asks\n'), `fixed before it was written:\n${saved}`);
      assert.ok(saved.includes('Two engineers, one quarter. We ask for two engineers'), 'the author\'s edit kept');
    });

    it('leaddocs.fixAll fixes the active document; without the setting, saving leaves it alone', async () => {
      const uri = workspaceUri('briefs/fix-by-command.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(BRIEF_WITH_GAPS.join('\n')));
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      await vscode.window.activeTextEditor?.edit((builder) => builder.insert(new vscode.Position(9, 0), 'Now: '));
      assert.ok(await document.save());
      assert.equal(document.getText().includes('## Asks'), false, 'fix-all on save is off by default');

      assert.equal(await vscode.commands.executeCommand<boolean>('leaddocs.fixAll'), true);
      assert.ok(document.getText().includes('\n## Asks\n'), document.getText());
    });
  });

  describe('rules', () => {
    it('"Disable for the workspace" turns the rule off in the workspace settings and its findings go', async () => {
      const { document } = await untitledMarkdown(ADR_WITHOUT_OPTIONS);
      const [missing] = await waitForDiagnostics(document.uri, (found) => found.some((d) => ruleId(d) === 'required-section'), 'a required-section finding');
      assert.ok(missing);
      const actions = await codeActions(document.uri, missing.range, vscode.CodeActionKind.QuickFix);
      const disable = actions.find((action) => action.title === "Disable 'required-section' for the workspace");
      const command = disable?.command;
      assert.ok(command, `a workspace-disable action with a command: ${actions.map((action) => action.title).join(' | ')}`);
      await withSetting('rules', undefined, async () => {
        // The server's action carries a command only the client can run: it writes settings.
        await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
        assert.deepEqual(vscode.workspace.getConfiguration('leaddocs').inspect('rules')?.workspaceValue, { 'required-section': 'off' });
        await waitForDiagnostics(document.uri, (found) => !found.some((d) => ruleId(d) === 'required-section'), 'required-section findings gone');
      });
    });
  });

  describe('walkthrough', () => {
    it('every step\'s button and completion event names a command that runs, and its page exists', async () => {
      const extension = vscode.extensions.getExtension('leaddocs.leaddocs');
      assert.ok(extension);
      const manifest = extension.packageJSON as { contributes: { walkthroughs: { steps: { id: string; description: string; completionEvents: string[]; media: { markdown: string } }[] }[] } };
      const commands = new Set(await vscode.commands.getCommands(true));
      const steps = manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);
      assert.deepEqual(steps.map((step) => step.id), ['createAdr', 'fixFinding', 'openPreview', 'exportBrief']);
      for (const step of steps) {
        const named = [...step.description.matchAll(/\(command:([\w.]+)\)/g), ...step.completionEvents.join('\n').matchAll(/onCommand:([\w.]+)/g)].map((match) => match[1] ?? '');
        assert.ok(named.length >= 2, `${step.id} has a button and a completion event`);
        for (const command of named) assert.ok(commands.has(command), `${step.id}: ${command} is registered`);
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, step.media.markdown));
      }
    });
  });
});
