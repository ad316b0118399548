import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { CachedCatalogRecord } from '../../server/src/host/catalogCache';
import { nodeCatalogCache } from '../../server/src/host/nodeCatalogCache';

describe('the catalogue cache on disk', () => {
  const directory = mkdtempSync(join(tmpdir(), 'leaddocs-cache-test-'));
  after(() => rmSync(directory, { recursive: true, force: true }));

  it('reads back what it wrote, in chunks and as ASCII, whatever the text holds', async () => {
    const cache = nodeCatalogCache(directory, 'file:///w');
    const records = new Map<string, CachedCatalogRecord>();
    for (let index = 0; index < 1201; index++) {
      records.set(`file:///w/docs/${index}-déjà vu 🚀.md`, { hash: `h${index}`, stamp: `s${index}`, entry: null });
    }
    records.set('file:///w/"quoted".md', { hash: 'q', entry: null });
    await cache.save('engine-a', records);
    const [file] = readdirSync(directory).filter((name) => name.endsWith('.json'));
    assert.match(readFileSync(join(directory, file!), 'latin1'), /^[\x20-\x7e]*$/, 'nothing but printable ASCII');
    assert.deepEqual(await cache.load('engine-a'), records);
    assert.deepEqual(await cache.load('engine-b'), new Map(), 'another engine starts empty');
    await cache.save('engine-a', new Map());
    assert.deepEqual(await cache.load('engine-a'), new Map());
  });

  it('is empty for a workspace until something is kept for it, whatever the engine', async () => {
    const cache = nodeCatalogCache(directory, 'file:///e');
    assert.equal(await cache.isEmpty(), true);
    await cache.save('engine-a', new Map([['file:///e/a.md', { hash: 'a', entry: null }]]));
    assert.equal(await cache.isEmpty(), false);
    assert.equal(await nodeCatalogCache(directory, 'file:///other').isEmpty(), true, 'another workspace has its own');
  });

  it('ignores a cache that other code wrote, an update or a rebuild, whatever the settings', async () => {
    const records = new Map<string, CachedCatalogRecord>([['file:///u/a.md', { hash: 'a', entry: null }]]);
    await nodeCatalogCache(directory, 'file:///u', 'release 1').save('engine-a', records);
    assert.deepEqual(await nodeCatalogCache(directory, 'file:///u', 'release 1').load('engine-a'), records);
    assert.deepEqual(await nodeCatalogCache(directory, 'file:///u', 'release 2').load('engine-a'), new Map());
  });
});
