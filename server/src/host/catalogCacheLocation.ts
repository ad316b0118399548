import { noCatalogCache, type CatalogCache } from './catalogCache';
import { nodeCatalogCache } from './nodeCatalogCache';

/**
 * Where the Node server keeps its catalogue cache: `--cache-dir=<dir>` on its command line,
 * else `cacheDir` in the client's initializationOptions (VS Code passes the extension's
 * workspace storage path); without either, nothing is kept. Asked lazily, at the first scan,
 * because initialization options arrive after the server starts.
 */
export function catalogCacheFor(argv: readonly string[], initializationOptions: () => unknown, folders: () => readonly string[]): CatalogCache {
  const directory = (): string | undefined => {
    const flag = argv.find((argument) => argument.startsWith('--cache-dir='))?.slice('--cache-dir='.length);
    if (flag !== undefined && flag !== '') return flag;
    const options = initializationOptions();
    const fromClient = typeof options === 'object' && options !== null ? (options as { cacheDir?: unknown }).cacheDir : undefined;
    return typeof fromClient === 'string' && fromClient !== '' ? fromClient : undefined;
  };
  const cacheFor = (): CatalogCache => {
    const where = directory();
    return where === undefined ? noCatalogCache : nodeCatalogCache(where, [...folders()].sort().join('\n'));
  };
  return {
    load: (engine) => cacheFor().load(engine),
    isEmpty: () => cacheFor().isEmpty(),
    save: (engine, records) => cacheFor().save(engine, records),
  };
}
