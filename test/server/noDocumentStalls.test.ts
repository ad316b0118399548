import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { largeAdr, nestedFlowFrontMatter, normalAdr } from '../support/hostileDocuments';
import { LspTestClient } from '../support/lspClient';

/**
 * Issue 8: no document can stall another. These are hang guards, generous on purpose; the
 * timings themselves (≤ 1 s for the normal document) are measured by `npm run bench`.
 */
const HANG_GUARD_MS = 20_000;
const STOPPED = 'analysis-stopped';

describe('a hostile open document costs only itself', () => {
  let client: LspTestClient;
  const workspace = 'file:///workspace/stalls';
  before(async () => {
    client = await LspTestClient.start({ workspaceFolders: [workspace] });
  });
  after(() => client.stop());

  it('publishes a normal ADR opened while a 10 MB ADR is being checked, and answers the big one too', async () => {
    const hostile = `${workspace}/docs/decisions/0001-huge.md`;
    const normal = `${workspace}/docs/decisions/0002-normal.md`;
    client.open(hostile, largeAdr(10 * 1024 * 1024));
    client.open(normal, normalAdr);
    const published = await client.diagnostics(normal, undefined, HANG_GUARD_MS);
    assert.equal(published.version, 1);
    assert.ok(published.diagnostics.every((diagnostic) => diagnostic.code !== STOPPED));

    const big = await client.diagnostics(hostile, undefined, HANG_GUARD_MS);
    // Either the analysis finished in its budget, or it was stopped and says so; never nothing.
    const stopped = big.diagnostics.filter((diagnostic) => diagnostic.code === STOPPED);
    if (stopped.length > 0) assert.equal(big.diagnostics.length, 1);
    // What goes over the wire for it stays small, whatever the document's size.
    assert.ok(JSON.stringify(big).length < 512 * 1024, `${JSON.stringify(big).length} bytes of diagnostics`);
    assert.equal((await client.documentInfo(hostile)).uri, hostile);
    assert.ok(client.alive);
  });
});

describe('diagnostics stay bounded on the way out', () => {
  let client: LspTestClient;
  const workspace = 'file:///workspace/bounded';
  before(async () => {
    client = await LspTestClient.start({ workspaceFolders: [workspace] });
  });
  after(() => client.stop());

  it('publishes one diagnostic per finding the engine reports, each of bounded size', async () => {
    const uri = `${workspace}/docs/decisions/0001-repeats.md`;
    const repeated = Array.from({ length: 1500 }, () => '## Context\n\nAgain.\n').join('\n');
    client.open(uri, `# 1. Repeats\n\n## Status\n\nAccepted\n\n${repeated}`);
    const published = await client.diagnostics(uri, undefined, HANG_GUARD_MS);
    const info = await client.documentInfo(uri);
    assert.equal(published.diagnostics.length, info.findingCount, 'the server neither drops nor multiplies findings');
    assert.ok(published.diagnostics.length > 0);
    const bytesPerDiagnostic = JSON.stringify(published.diagnostics).length / published.diagnostics.length;
    assert.ok(bytesPerDiagnostic < 2048, `${bytesPerDiagnostic.toFixed(0)} bytes per diagnostic`);
  });
});

describe('a hostile file on disk does not delay open documents through the workspace index', () => {
  let folder: string;
  let client: LspTestClient;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'leaddocs-stalls-'));
    mkdirSync(join(folder, 'docs', 'decisions'), { recursive: true });
    writeFileSync(join(folder, 'docs', 'decisions', '0001-nested.md'), nestedFlowFrontMatter);
    writeFileSync(join(folder, 'docs', 'decisions', '0003-huge.md'), largeAdr(10 * 1024 * 1024));
    client = await LspTestClient.start({ workspaceFolders: [pathToFileURL(folder).href] });
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('publishes a normal ADR while the index reads the hostile files', async () => {
    const normal = `${pathToFileURL(folder).href}/docs/decisions/0002-normal.md`;
    client.open(normal, normalAdr);
    const published = await client.diagnostics(normal, undefined, HANG_GUARD_MS);
    assert.equal(published.version, 1);
    assert.ok(client.alive);
  });
});
