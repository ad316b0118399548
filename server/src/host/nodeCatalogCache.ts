import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CachedCatalogRecord, CatalogCache } from './catalogCache';

const FORMAT = 1;

interface CacheFile {
  readonly format: number;
  readonly engine: string;
  readonly records: Readonly<Record<string, CachedCatalogRecord>>;
}

/**
 * The catalogue cache as one JSON file per workspace under the editor's storage path (or the
 * CLI's `--cache-dir`). Written to a temporary file and renamed, so a crash never leaves half a
 * cache; a cache that does not parse is ignored and rebuilt.
 */
export function nodeCatalogCache(directory: string, workspaceKey: string): CatalogCache {
  const file = join(directory, `catalog-${createHash('sha256').update(workspaceKey).digest('hex').slice(0, 16)}.json`);
  return {
    async load(engineFingerprint) {
      try {
        const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>;
        if (parsed.format !== FORMAT || parsed.engine !== engineFingerprint || typeof parsed.records !== 'object' || parsed.records === null) return new Map();
        return new Map(Object.entries(parsed.records));
      } catch {
        return new Map();
      }
    },
    async save(engineFingerprint, records) {
      const content: CacheFile = { format: FORMAT, engine: engineFingerprint, records: Object.fromEntries(records) };
      await mkdir(directory, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      // Written as ASCII: read back, it is a one-byte string, half the memory and quicker to parse.
      await writeFile(temporary, JSON.stringify(content).replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`));
      await rename(temporary, file);
    },
  };
}
