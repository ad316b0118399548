import type { CatalogEntry, DocumentPlace, ReferenceAt } from './catalogEntry';
import { numberInId, numberInPath } from './documentNumbers';

/**
 * Whether a file exists, by its repository-relative path, asked on behalf of the document whose
 * link names it; `undefined` when the host cannot tell (then nothing is reported).
 */
export type FileExists = (path: string, from: DocumentPlace) => boolean | undefined;

/**
 * A read-only view of the workspace's leadership documents, for the cross-document rules,
 * navigation and the decision log. The host builds it from its index; the engine never reads
 * files. Paths are repository-relative POSIX paths, as in `CatalogEntry.path`.
 */
export class WorkspaceCatalog {
  private readonly byUri = new Map<string, CatalogEntry>();
  private readonly byPath = new Map<string, CatalogEntry>();
  private readonly byNumber = new Map<number, CatalogEntry[]>();
  private readonly byFolder = new Map<string, CatalogEntry[]>();
  private readonly folderNumbers = new Map<string, number[]>();

  constructor(
    readonly entries: readonly CatalogEntry[],
    private readonly fileExists: FileExists = () => undefined,
  ) {
    for (const entry of entries) {
      this.byUri.set(entry.uri, entry);
      if (entry.path !== null) this.byPath.set(entry.path, entry);
      if (entry.type !== 'adr') continue;
      if (entry.number !== null) push(this.byNumber, entry.number, entry);
      push(this.byFolder, folderOf(entry), entry);
    }
  }

  entry(uri: string): CatalogEntry | undefined {
    return this.byUri.get(uri);
  }

  /** ADRs grouped by the folder that numbers them: numbers are unique within a folder. */
  decisionFolders(): ReadonlyMap<string, readonly CatalogEntry[]> {
    return this.byFolder;
  }

  /** The ADR with this number, from `near`'s own folder first when several folders reuse numbers. */
  decision(number: number, near?: DocumentPlace): CatalogEntry | undefined {
    const candidates = this.byNumber.get(number) ?? [];
    const folder = near === undefined ? undefined : folderOf(near);
    return candidates.find((candidate) => folderOf(candidate) === folder) ?? candidates[0];
  }

  /** The distinct numbers of a decision folder, ascending; computed once per catalogue. */
  numbersInFolder(folder: string): readonly number[] {
    let numbers = this.folderNumbers.get(folder);
    if (numbers === undefined) {
      numbers = [...new Set((this.byFolder.get(folder) ?? []).flatMap((entry) => (entry.number === null ? [] : [entry.number])))].sort((a, b) => a - b);
      this.folderNumbers.set(folder, numbers);
    }
    return numbers;
  }

  decisionsNumbered(number: number): readonly CatalogEntry[] {
    return this.byNumber.get(number) ?? [];
  }

  /** The entry a reference points at: a link by path, else an id or number. */
  resolve(reference: ReferenceAt, from: DocumentPlace): Resolution {
    if (reference.href !== null) {
      const path = resolvePath(from, reference.href.split('#', 1)[0] ?? '');
      if (path === undefined) return { kind: 'unknown' };
      const entry = this.byPath.get(path) ?? this.byPath.get(`${path}/index.md`) ?? this.byPath.get(`${path}.md`);
      if (entry !== undefined) return { kind: 'found', entry };
      const exists = this.fileExists(path, from);
      // A link to a file that exists but is not a decision (or not indexed) is not a broken link.
      if (exists === true) return { kind: 'not-a-document', path };
      const routed = exists === false ? routeNumber(path) : null;
      const number = routed ?? numberInPath(path);
      const byNumber = number === null ? undefined : this.decision(number, from);
      // A file the host cannot see, or a documentation site's route to a number (`/adr/32`):
      // the decision with that number. A missing file by name (`0032-x.md`) stays missing.
      if (byNumber !== undefined && (exists === undefined || routed !== null)) return { kind: 'found', entry: byNumber };
      return exists === false ? { kind: 'missing', path } : { kind: 'unknown' };
    }
    const number = numberInId(reference.target) ?? numberInLooseText(reference.target);
    if (number === null) return { kind: 'unknown' };
    const entry = this.decision(number, from);
    return entry === undefined ? { kind: 'missing-number', number } : { kind: 'found', entry };
  }

  /**
   * Local link targets that are no catalogued document: the host checks these exist before
   * checking. Of the links of `linking` (every entry by default): a host that knows which entries
   * changed asks only theirs.
   */
  unresolvedLinkTargets(linking: readonly CatalogEntry[] = this.entries): Array<{ path: string; from: CatalogEntry }> {
    const targets: Array<{ path: string; from: CatalogEntry }> = [];
    for (const from of linking) {
      for (const href of [...from.links.map((link) => link.href), ...from.supersedes.concat(from.supersededBy).flatMap((reference) => (reference.href === null ? [] : [reference.href.split('#', 1)[0] ?? '']))]) {
        if (href === '') continue;
        const path = resolvePath(from, href);
        if (path !== undefined && !this.byPath.has(path) && !this.byPath.has(`${path.replace(/\/$/, '')}/index.md`)) targets.push({ path, from });
      }
    }
    return targets;
  }

  /** Whether a local link's file exists: the catalogue's own entries first, then the host. */
  linkTarget(from: DocumentPlace, href: string): { path: string; entry: CatalogEntry | undefined; exists: boolean | undefined } | undefined {
    const path = href === '' ? from.path ?? undefined : resolvePath(from, href);
    if (path === undefined) return undefined;
    const entry = this.byPath.get(path) ?? this.byPath.get(path.replace(/\/$/, '') + '/index.md');
    if (entry !== undefined) return { path, entry, exists: true };
    const exists = this.fileExists(path, from);
    // A documentation site's route to a decision (`[ADR 27](/adr/27)`) reaches it by number.
    const number = exists === false ? routeNumber(path) : null;
    const routed = number === null ? undefined : this.decision(number, from);
    return routed === undefined ? { path, entry: undefined, exists } : { path, entry: routed, exists: true };
  }
}

export type Resolution =
  | { readonly kind: 'found'; readonly entry: CatalogEntry }
  | { readonly kind: 'missing'; readonly path: string }
  | { readonly kind: 'missing-number'; readonly number: number }
  | { readonly kind: 'not-a-document'; readonly path: string }
  | { readonly kind: 'unknown' };

/** The folder an entry sits in (its repository-relative directory, or its URI's). */
export function folderOf(entry: DocumentPlace): string {
  const location = entry.path ?? entry.uri;
  let folder = location.slice(0, location.lastIndexOf('/') + 1);
  // One folder per decision (`0005-use-x/index.md`): the log is the folder above.
  if (/\/(?:index|readme)\.(?:md|markdown)$/i.test(location)) folder = folder.slice(0, folder.slice(0, -1).lastIndexOf('/') + 1);
  return folder;
}

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A link's destination resolved against the linking document, or undefined when it leaves the repository. */
export function resolvePath(from: DocumentPlace, href: string): string | undefined {
  // A URL (`Supersedes: https://github.com/…/pull/23`) is no file of the workspace.
  if (from.path === null || URL_SCHEME.test(href)) return undefined;
  const base = href.startsWith('/') ? [] : from.path.split('/').slice(0, -1);
  for (const part of href.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (base.length === 0) return undefined;
      base.pop();
    } else {
      base.push(part);
    }
  }
  return base.join('/');
}

// `5. Use X`, `#5`, `number 5`
function numberInLooseText(text: string): number | null {
  const digits = /(?:^|[^\w])0*(\d{1,5})(?:$|[^\w])/.exec(text)?.[1];
  return digits === undefined ? null : Number(digits);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

// The folder of a documentation site's decision pages: `/adr/32`, `/decisions/ADR-0032`.
const ROUTE_FOLDER = /^(?:adrs?|decisions?|decision-log|decision-records|architecture-decision-records?)$/i;

/**
 * The number a route to a decision page names, rather than a file: its last segment is a decision
 * id and nothing else, in a folder named for decisions. `img/3` or `../runbook/step-3` are no such route.
 */
function routeNumber(path: string): number | null {
  const segments = path.split('/');
  // `/adr/27/`: a route may end in a slash.
  if (segments.length > 1 && segments.at(-1) === '') segments.pop();
  const last = segments.at(-1) ?? '';
  return segments.length >= 2 && ROUTE_FOLDER.test(segments.at(-2) ?? '') && !last.includes('.') ? numberInId(last) : null;
}
