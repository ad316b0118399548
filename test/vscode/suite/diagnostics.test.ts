import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeDiagnostics, leaddocsDiagnostics, ruleId, waitForDiagnostics } from '../support/diagnostics';
import { currentDocumentInfo } from '../support/documentInfo';
import { activeLeaddocs } from '../support/leaddocs';
import { nextEvent } from '../support/waitFor';
import { openInEditor, replaceText, workspaceUri } from '../support/workspace';

const BROKEN_ADR = 'docs/decisions/0005-broken-adr.md';
const TITLE_LINE = '# Replace the mobile apps with a progressive web app';

/** The text a diagnostic's range covers. */
function coveredText(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): string {
  return document.getText(diagnostic.range);
}

function lineOf(document: vscode.TextDocument, text: string): number {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `${text} is not in ${document.uri.path}`);
  return document.positionAt(offset).line;
}

describe('diagnostics in the editor', () => {
  let document: vscode.TextDocument;

  before(async () => {
    await activeLeaddocs();
    document = (await openInEditor(workspaceUri(BROKEN_ADR))).document;
  });

  it('publishes Leaddocs diagnostics for a broken ADR, with rule ids as codes and exact ranges', async () => {
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (found) => ['required-section', 'unknown-status', 'unfilled-placeholder'].every((id) => found.some((d) => ruleId(d) === id)),
      'the broken ADR\'s findings',
    );
    const byRule = (id: string) => diagnostics.filter((d) => ruleId(d) === id);

    // Missing sections are reported on the title, one per section.
    const missing = byRule('required-section');
    assert.deepEqual(missing.map((d) => d.range.start.line), missing.map(() => lineOf(document, TITLE_LINE)), describeDiagnostics(missing));
    for (const section of ['Considered Options', 'Decision Outcome']) {
      assert.ok(missing.some((d) => d.message.includes(section)), `no required-section for ${section}: ${describeDiagnostics(missing)}`);
    }

    const [status] = byRule('unknown-status');
    assert.ok(status, 'unknown-status reported');
    assert.equal(status.range.start.line, lineOf(document, 'status: parked'));
    assert.match(coveredText(document, status), /parked/);

    const placeholders = byRule('unfilled-placeholder');
    assert.deepEqual(placeholders.map((d) => coveredText(document, d)), ['{who decides}']);
    assert.equal(placeholders[0]?.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('clears them when the author fixes the text in the editor', async () => {
    const fixed = document.getText()
      .replace('status: parked', 'status: accepted')
      .replace('{who decides}', 'Head of Mobile, CTO')
      .concat(MISSING_SECTIONS);
    await replaceText(document, fixed);
    await waitForDiagnostics(document.uri, (found) => found.length === 0, 'after the fix');
    const api = await activeLeaddocs();
    const info = await currentDocumentInfo(api, document);
    assert.equal(info.findingCount, 0);
    assert.equal(info.passed, true, `score ${info.score} against pass mark ${info.passMark}`);
  });

  it('leaves a README-like markdown file alone', async () => {
    const api = await activeLeaddocs();
    const readme = workspaceUri('README.md');
    const validated = nextEvent(api.onDidChangeDocumentInfo, (info) => info.uri === readme.toString(), 'README validated');
    const { document: readmeDocument } = await openInEditor(readme);
    const info = await validated;
    assert.equal(info.type, null, 'README is no leadership document');
    assert.equal(info.findingCount, 0);
    assert.deepEqual(leaddocsDiagnostics(readmeDocument.uri), []);
  });
});

const MISSING_SECTIONS = `
## Considered Options

* Progressive web app
* Keep both native apps
* Cross-platform framework (React Native)

## Decision Outcome

Chosen option: "Progressive web app", because it ends the parity lag with the team we have.

### Consequences

* Good, because one codebase ships every feature to every platform at once.
* Bad, because we lose app-store visibility and must replace it with search and referral campaigns.

### Confirmation

We compare feature parity and store-driven sign-ups one quarter after the switch.
`;
