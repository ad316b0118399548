import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import type { LeaddocsDiagnosticData } from '../../server/src/protocol/leaddocsProtocol';
import { nygardWithEmptyDecision } from '../support/adrTexts';
import { joinLines, rangeOfText } from '../support/documentText';
import { LspTestClient } from '../support/lspClient';

const workspace = 'file:///workspace/diagnostics';

const madrWithProblems = joinLines(
  '---',
  'status: accpeted',
  'date: 2024-13-45',
  'decision-makers: {list everyone}',
  '---',
  '# Use PostgreSQL',
  '',
  '## Context and Problem Statement',
  '',
  'We need a database.',
  '',
  '## Considered Options',
  '',
  '* PostgreSQL',
  '',
  '## Decision Outcome',
  '',
  'Chosen option: PostgreSQL, because it is boring.',
);


/** Findings other than checklist reminders, as `code @ line:character-line:character`, in document order. */
function ruleFindings(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((diagnostic) => diagnostic.code !== 'checklist-item').map(located);
}

function located({ code, range }: Pick<Diagnostic, 'code' | 'range'>): string {
  return `${String(code)} @ ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

describe('diagnostics over stdio', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ workspaceFolders: [workspace] });
  });
  after(() => client.stop());

  it('reports a MADR ADR\'s problems with rule codes at the exact key, value and heading', async () => {
    const uri = `${workspace}/docs/adr/0001-use-postgresql.md`;
    client.open(uri, madrWithProblems);
    const { diagnostics, version } = await client.diagnostics(uri);

    assert.equal(version, 1);
    assert.deepEqual(ruleFindings(diagnostics), [
      located({ code: 'unknown-status', range: rangeOfText(madrWithProblems, 'accpeted') }),
      located({ code: 'date-format', range: rangeOfText(madrWithProblems, '2024-13-45') }),
      located({ code: 'unfilled-placeholder', range: rangeOfText(madrWithProblems, '{list everyone}') }),
    ]);
    const unknownStatus = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-status');
    assert.equal(unknownStatus?.severity, DiagnosticSeverity.Warning);
    assert.equal(unknownStatus?.source, 'leaddocs');
    assert.equal(unknownStatus?.codeDescription?.href, 'https://github.com/leaddocs/leaddocs#rule-unknown-status');
    assert.match(String(unknownStatus?.message), /accpeted/);
  });

  it('publishes one checklist-item diagnostic per failed checklist item, at the item\'s range', async () => {
    const uri = `${workspace}/docs/adr/0002-checklist.md`;
    client.open(uri, madrWithProblems);
    const { diagnostics } = await client.diagnostics(uri);
    const info = await client.documentInfo(uri);

    const failedItems = info.checklist.filter((item) => item.applicable && !item.passed);
    assert.ok(failedItems.length > 0, 'the fixture fails some checklist items');
    assert.deepEqual(
      diagnostics.filter((diagnostic) => diagnostic.code === 'checklist-item').map(located).sort(),
      failedItems.map((item) => located({ code: 'checklist-item', range: item.range })).sort(),
    );
  });

  it('reports a missing Nygard section at the title and an empty one at its heading, with a fix in data', async () => {
    const uri = `${workspace}/doc/adr/0001-use-postgresql.md`;
    client.open(uri, nygardWithEmptyDecision);
    const { diagnostics } = await client.diagnostics(uri);

    assert.deepEqual(ruleFindings(diagnostics), [
      located({ code: 'required-section', range: rangeOfText(nygardWithEmptyDecision, '# 1. Use PostgreSQL') }),
      located({ code: 'empty-section', range: rangeOfText(nygardWithEmptyDecision, '## Decision') }),
    ]);
    const missing = diagnostics.find((diagnostic) => diagnostic.code === 'required-section');
    const data = missing?.data as LeaddocsDiagnosticData;
    assert.equal(data.finding['sectionId'], 'consequences');
    assert.equal(data.fixes.length, 1);
    assert.match(data.fixes[0]?.edits[0]?.newText ?? '', /## Consequences/);
  });

  it('publishes no diagnostics at all for a README-like markdown file', async () => {
    const uri = `${workspace}/README.md`;
    client.open(uri, joinLines('# Project', '', '## Status', '', 'Work in progress.', '', '## Install', '', '```sh', 'npm install', '```'));
    const { diagnostics } = await client.diagnostics(uri);

    assert.deepEqual(diagnostics, []);
    assert.equal((await client.documentInfo(uri)).type, null);
  });

  it('clears a document\'s diagnostics when it closes', async () => {
    const uri = `${workspace}/doc/adr/0002-closed-soon.md`;
    client.open(uri, nygardWithEmptyDecision);
    assert.notDeepEqual((await client.diagnostics(uri)).diagnostics, []);

    client.close(uri);
    const cleared = await client.diagnostics(uri);
    assert.deepEqual(cleared.diagnostics, []);
  });
});
