import type { CatalogEntry } from '../engine';

/** What the cache keeps per file: the text's hash, and what the catalogue made of it (null: not a leadership document). */
export interface CachedCatalogRecord {
  readonly hash: string;
  /** The file's stamp when that text was read (WorkspaceFiles.stamp); while it is the same, the file need not be read. */
  readonly stamp?: string;
  readonly entry: CatalogEntry | null;
}

/**
 * Catalogue entries kept between runs, so a warm start hashes each file instead of analysing
 * it. Keyed by the engine's fingerprint (settings and types): another engine starts empty.
 */
export interface CatalogCache {
  load(engineFingerprint: string): Promise<ReadonlyMap<string, CachedCatalogRecord>>;
  /**
   * True when nothing at all is kept for this workspace (whatever the engine): a scan will
   * analyse every file, which is known before the settings that make the engine arrive.
   */
  isEmpty(): Promise<boolean>;
  save(engineFingerprint: string, records: ReadonlyMap<string, CachedCatalogRecord>): Promise<void>;
}

/** For hosts with nowhere to keep it (a browser worker, a client that gives no storage path). */
export const noCatalogCache: CatalogCache = {
  load: () => Promise.resolve(new Map()),
  isEmpty: () => Promise.resolve(true),
  save: () => Promise.resolve(),
};

/** A content hash good enough to tell versions of one file apart: two FNV-1a passes and the length. */
export function contentHash(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995) ^ (second >>> 15);
  }
  return `${(first >>> 0).toString(36)}.${(second >>> 0).toString(36)}.${text.length.toString(36)}`;
}
