// The labelled corpus of real public documents (test/corpus): its labels, its sources, and
// where the documents themselves sit on disk. Shared by the rebuild and the evaluation scripts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const corpusRoot = join(__dirname, '..', '..', 'test', 'corpus');
/** Where `npm run corpus:rebuild` writes the documents; not committed (see test/corpus/README.md). */
export const defaultFilesRoot = join(corpusRoot, 'files');

export type LabelledType = 'adr' | 'postmortem' | null;

/**
 * `tuning`: the documents detection was developed against (labels.json). `heldout`: documents
 * from repositories the tuning split never saw (heldout.json), labelled before detection was
 * measured on them, so their figures say how detection does on a team's collection it was not tuned for.
 */
export type CorpusSplit = 'tuning' | 'heldout';
export const corpusSplits: readonly CorpusSplit[] = ['tuning', 'heldout'];
const labelFiles: Record<CorpusSplit, string> = { tuning: 'labels.json', heldout: 'heldout.json' };

export interface CorpusSource {
  /** The public repository, `owner/name`. */
  readonly repo: string;
  /** The commit the document was read at (40 hex digits). */
  readonly commit: string;
  /** Path of the document within that repository: what detection sees, as in the editor. */
  readonly path: string;
}

export interface CorpusLabel {
  /** Path below the corpus files folder: `<owner>__<repo>/<path in the repository>`. */
  readonly path: string;
  readonly source: CorpusSource;
  /** SHA-256 of the document's bytes, so a rebuilt corpus is provably the labelled one. */
  readonly sha256: string;
  /** Only in heldout.json; labels.json entries are the tuning split. */
  readonly split?: 'heldout';
  /** The doctype id the engine should give the document, or null for a document that is none. */
  readonly type: LabelledType;
  /** ADRs: the canonical status as read by a person, or null when the document states none. */
  readonly status?: string | null;
  /** ADRs: the decision a supersession (or amendment) names, as written (`0019`, `ADR-0057`). */
  readonly statusTarget?: string | null;
  /** What kind of document a negative is (rfc, design, readme, index, template, changelog, …). */
  readonly kind?: string;
  readonly note?: string;
}

export interface RepositoryRecord {
  readonly commit: string;
  /** SPDX id, or a short name when the licence has none (`OGL-UK-3.0`). */
  readonly licence: string;
  readonly licenceFile: string;
}

/** One split's labels, or both (tuning first). */
export function readLabels(split?: CorpusSplit): CorpusLabel[] {
  const splits = split === undefined ? corpusSplits : [split];
  return splits.flatMap((name) => JSON.parse(readFileSync(join(corpusRoot, labelFiles[name]), 'utf8')) as CorpusLabel[]);
}

export function splitOf(label: CorpusLabel): CorpusSplit {
  return label.split ?? 'tuning';
}

export function readSources(): Record<string, RepositoryRecord> {
  return JSON.parse(readFileSync(join(corpusRoot, 'sources.json'), 'utf8')) as Record<string, RepositoryRecord>;
}

/** The folder name a repository's documents live under: `owner/name` → `owner__name`. */
export function repositoryFolder(repo: string): string {
  return repo.replace('/', '__');
}
