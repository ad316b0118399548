import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { localIsoDate } from '../../server/src/host/newDocument/templateValues';
import { lines } from '../support/documents';
import { commitAll, git } from '../support/gitRepository';
import { LspTestClient } from '../support/lspClient';

describe('the server counts a proposal from the day git says it was added', { timeout: 60_000 }, () => {
  let root: string;
  let client: LspTestClient;
  const path = 'docs/decisions/0001-use-kafka.md';

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'leaddocs-history-'));
    mkdirSync(join(root, 'docs/decisions'), { recursive: true });
    // Dated today, so by its own date it is not stale; the repository has had it since 2025.
    const today = localIsoDate(new Date());
    writeFileSync(join(root, path), lines('---', 'status: proposed', `date: ${today}`, '---', '', '# Use Kafka', '', '## Context and Problem Statement', '', 'Events.', '', '## Considered Options', '', '* Kafka', '', '## Decision Outcome', '', 'Chosen option: "Kafka", because it fits.'));
    git(root, ['init', '-q']);
    commitAll(root, '2025-01-02');
    client = await LspTestClient.start({ workspaceFolders: [pathToFileURL(root).href] });
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports the open ADR as a stale proposal, counted from its commit', async () => {
    const uri = pathToFileURL(join(root, path)).href;
    client.open(uri, readFileSync(join(root, path), 'utf8'));
    const published = await client.diagnostics(uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'stale-proposal'), 20_000);
    const stale = published.diagnostics.find((diagnostic) => diagnostic.code === 'stale-proposal');
    assert.match(String(stale!.message), /added to the repository on 2025-01-02/);
  });
});
