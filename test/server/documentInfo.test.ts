import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { joinLines, rangeOfText } from '../support/documentText';
import { LspTestClient } from '../support/lspClient';

const acceptedMadr = joinLines(
  '---',
  'status: Superseded by ADR-0057',
  'date: 2024-03-01',
  'decision-makers: Ana, Bo',
  '---',
  '# Use Kafka for domain events',
  '',
  '## Context and Problem Statement',
  '',
  'Services poll each other for changes.',
  '',
  '## Considered Options',
  '',
  '* Kafka',
  '* RabbitMQ',
  '',
  '## Decision Outcome',
  '',
  'Chosen option: "Kafka", because it keeps the history.',
  '',
  '### Consequences',
  '',
  '* Good, because consumers can replay events.',
);

describe('leaddocs/documentInfo', () => {
  let client: LspTestClient;
  let folder: string;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'leaddocs-info-'));
    client = await LspTestClient.start({ workspaceFolders: [pathToFileURL(folder).href] });
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('returns the type, status, title, score and checklist items with their ranges', async () => {
    const uri = `${pathToFileURL(folder).href}/docs/decisions/0012-use-kafka.md`;
    client.open(uri, acceptedMadr);
    const info = await client.documentInfo(uri);

    assert.equal(info.uri, uri);
    assert.equal(info.version, 1);
    assert.equal(info.type, 'adr');
    assert.equal(info.typeLabel, 'Architecture decision record');
    assert.equal(info.variant, 'madr');
    assert.deepEqual(info.status, { raw: 'Superseded by ADR-0057', value: 'superseded', target: 'ADR-0057' });
    assert.equal(info.title, 'Use Kafka for domain events');
    assert.equal(info.passMark, 80);
    assert.equal(typeof info.score, 'number');
    assert.equal(info.passed, (info.score ?? 0) >= 80);

    const items = new Map(info.checklist.map((item) => [item.id, item]));
    assert.deepEqual(items.get('adr-options'), {
      id: 'adr-options',
      label: 'At least two options were considered',
      passed: true,
      applicable: true,
      range: rangeOfText(acceptedMadr, '## Considered Options'),
    });
    assert.equal(items.get('adr-chosen-option')?.passed, true);
    assert.deepEqual(items.get('adr-chosen-option')?.range, rangeOfText(acceptedMadr, '## Decision Outcome'));
    assert.equal(items.get('adr-consequences')?.passed, true);
    assert.equal(items.get('adr-chosen-option-nygard')?.applicable, false);
  });

  it('sends leaddocs/documentInfoChanged with the same payload after each validation', async () => {
    const uri = `${pathToFileURL(folder).href}/docs/decisions/0013-notified.md`;
    client.open(uri, acceptedMadr);
    const changed = await client.documentInfoChanges.take((info) => info.uri === uri, 5000, () => `documentInfoChanged for ${uri}`);
    assert.deepEqual(changed, await client.documentInfo(uri));
  });

  it('reads a file that is not open from disk', async () => {
    mkdirSync(join(folder, 'docs', 'decisions'), { recursive: true });
    writeFileSync(join(folder, 'docs', 'decisions', '0014-on-disk.md'), acceptedMadr);
    const info = await client.documentInfo(`${pathToFileURL(folder).href}/docs/decisions/0014-on-disk.md`);

    assert.equal(info.type, 'adr');
    assert.equal(info.version, null);
    assert.equal(info.title, 'Use Kafka for domain events');
  });

  it('answers InvalidParams for a document it can neither find open nor read', async () => {
    const requests = [
      () => client.documentInfo('untitled:Untitled-1'),
      () => client.documentInfo(`${pathToFileURL(folder).href}/no/such/file.md`),
      () => client.connection.sendRequest('leaddocs/documentInfo', { path: '/wrong/shape.md' }),
    ];
    for (const request of requests) {
      await assert.rejects(request, (error: unknown) => {
        assert.ok(error instanceof ResponseError);
        assert.equal(error.code, ErrorCodes.InvalidParams);
        assert.ok(error.message.length > 20, `a clear message: ${error.message}`);
        return true;
      });
    }
  });
});
