import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, open, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CachedCatalogRecord, CatalogCache } from './catalogCache';

const FORMAT = 1;
/**
 * Characters of JSON written at a time. A piece stays under V8's large-object size (128 KB), so
 * it dies young with the rest of a write's garbage: pieces of 500 records (~650 KB) each went
 * straight to the old generation and stayed there until a full collection, ~30 MB of a 10,000
 * document cache at once.
 */
const CHARACTERS_PER_WRITE = 32_000;

interface CacheFile {
  readonly format: number;
  /** The code that wrote it: entries hold what that version's engine read (types, findings). */
  readonly code: string;
  readonly engine: string;
  readonly records: Readonly<Record<string, CachedCatalogRecord>>;
}

/**
 * The catalogue cache as one JSON file per workspace under the editor's storage path (or the
 * CLI's `--cache-dir`). Written to a temporary file and renamed, so a crash never leaves half a
 * cache; a cache that does not parse, or that other code wrote (an update, a rebuild), is
 * ignored and rebuilt.
 */
export function nodeCatalogCache(directory: string, workspaceKey: string, code: string = runningCodeStamp()): CatalogCache {
  const file = join(directory, `catalog-${createHash('sha256').update(workspaceKey).digest('hex').slice(0, 16)}.json`);
  return {
    async load(engineFingerprint) {
      try {
        const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>;
        if (parsed.format !== FORMAT || parsed.code !== code || parsed.engine !== engineFingerprint || typeof parsed.records !== 'object' || parsed.records === null) return new Map();
        return new Map(Object.entries(parsed.records));
      } catch {
        return new Map();
      }
    },
    async isEmpty() {
      try {
        await stat(file);
        return false;
      } catch {
        return true;
      }
    },
    async save(engineFingerprint, records) {
      await mkdir(directory, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      const handle = await open(temporary, 'w');
      try {
        const header: Omit<CacheFile, 'records'> = { format: FORMAT, code, engine: engineFingerprint };
        let piece = `${JSON.stringify(header).slice(0, -1)},"records":{`;
        let separator = '';
        for (const [uri, record] of records) {
          piece += `${separator}${JSON.stringify(uri)}:${JSON.stringify(record)}`;
          separator = ',';
          if (piece.length < CHARACTERS_PER_WRITE) continue;
          await handle.write(asciiOnly(piece));
          piece = '';
        }
        await handle.write(asciiOnly(`${piece}}}`));
      } finally {
        await handle.close();
      }
      await rename(temporary, file);
    },
  };
}

/** JSON with every non-ASCII character escaped: read back, it is a one-byte string, half the memory and quicker to parse. */
function asciiOnly(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The size and modification time of the running bundle (dist/server.js, dist/cli.js): any update
 * or rebuild of Leaddocs changes it, so entries another version read are never trusted, even
 * when the settings are the same. A version number would miss a development rebuild.
 */
function runningCodeStamp(): string {
  try {
    const { size, mtimeMs } = statSync(__filename);
    return `${size}:${mtimeMs}`;
  } catch {
    return 'unknown';
  }
}
