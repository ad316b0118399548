import { headingKey } from '../model/headingKey';
import { normalizeKey } from '../model/inlineMetadata';
import type { DocumentEvidence } from './documentEvidence';
import type { DocTypeSpec, SignalSpec } from './docTypeSpec';
import type { PatternEngine } from './checklistPatterns';
import { compileSignalPattern, type SignalPattern } from './signalPattern';

export type SignalKind = 'folder' | 'fileName' | 'title' | 'frontMatter' | 'inlineFields' | 'headings' | 'content';

/** One piece of evidence found in a document, and what it was worth. */
export interface DetectionSignal {
  readonly kind: SignalKind;
  /** What matched, as written: the folder name, the heading, the keys. */
  readonly matched: string;
  readonly weight: number;
}

export interface TypeScore {
  readonly score: number;
  readonly signals: readonly DetectionSignal[];
}

export const DEFAULT_THRESHOLD = 5;
const MAX_TESTED_LENGTH = 300;

type Probe = (evidence: DocumentEvidence) => string | undefined;

interface CompiledSignal {
  readonly kind: SignalKind;
  readonly weight: number;
  readonly probe: Probe;
}

/** A type's `detect.signals`, compiled once per engine and scored against each document. */
export class TypeSignals {
  readonly threshold: number;
  private readonly signals: CompiledSignal[];
  /** Folder names that file documents of this type: their own `index.md` is the collection's. */
  private readonly collectionFolders = new Set<string>();

  constructor(spec: DocTypeSpec, engine: PatternEngine) {
    this.threshold = spec.detect?.threshold ?? DEFAULT_THRESHOLD;
    this.signals = (spec.detect?.signals ?? []).map((signal) => compile(signal, engine));
    for (const signal of spec.detect?.signals ?? []) {
      if (signal.weight > 0) for (const name of signal.folder ?? []) this.collectionFolders.add(name.toLowerCase());
    }
  }

  get isEmpty(): boolean {
    return this.signals.length === 0;
  }

  filesDocumentsIn(folder: string): boolean {
    return this.collectionFolders.has(folder.toLowerCase());
  }

  score(evidence: DocumentEvidence): TypeScore {
    let score = 0;
    const found: DetectionSignal[] = [];
    for (const { kind, weight, probe } of this.signals) {
      const matched = probe(evidence);
      if (matched === undefined) continue;
      score += weight;
      found.push({ kind, matched, weight });
    }
    return { score, signals: found };
  }
}

function compile(signal: SignalSpec, engine: PatternEngine): CompiledSignal {
  const { weight } = signal;
  if (signal.folder !== undefined) {
    const names = new Set(signal.folder.map((name) => name.toLowerCase()));
    return { kind: 'folder', weight, probe: (evidence) => deepest(evidence.location?.folders ?? [], names) };
  }
  if (signal.fileName !== undefined) {
    const pattern = compileSignalPattern(signal.fileName, engine);
    return { kind: 'fileName', weight, probe: (evidence) => matchedText(pattern, evidence.location?.name, evidence.patternMemo.get('fileName')) };
  }
  if (signal.title !== undefined) {
    const pattern = compileSignalPattern(signal.title, engine);
    return { kind: 'title', weight, probe: (evidence) => matchedText(pattern, evidence.title, evidence.patternMemo.get('title')) };
  }
  if (signal.headings !== undefined) {
    const exact = signal.headings.filter((name) => !name.endsWith('*')).map(headingKey);
    // `Timeline*` also takes `Timeline (all times UTC) 10/14–11/03`: the words that follow are the author's.
    const prefixes = signal.headings.filter((name) => name.endsWith('*')).map((name) => headingKey(name.slice(0, -1)));
    return { kind: 'headings', weight, probe: (evidence) => headingNamed(exact, evidence.headings) ?? headingStartingWith(prefixes, evidence.headings) };
  }
  if (signal.frontMatter !== undefined) {
    const keys = signal.frontMatter;
    const normalized = keys.map(normalizeKey);
    return { kind: 'frontMatter', weight, probe: (evidence) => allPresent(keys, normalized, evidence.frontMatterKeys) };
  }
  if (signal.inlineFields !== undefined) {
    const keys = signal.inlineFields;
    const normalized = keys.map(normalizeKey);
    return { kind: 'inlineFields', weight, probe: (evidence) => allPresent(keys, normalized, evidence.inlineKeys) };
  }
  // The spec schema requires one of the keys above; a signal without one never matches.
  return { kind: 'content', weight, probe: () => undefined };
}

function matchedText(pattern: SignalPattern, text: string | undefined, memo: Map<SignalPattern, boolean> | undefined): string | undefined {
  if (text === undefined || memo === undefined) return undefined;
  let matches = memo.get(pattern);
  if (matches === undefined) {
    // Linear matching is not free either; cut a pathological title to what a title is.
    matches = pattern.test(text.length > MAX_TESTED_LENGTH ? text.slice(0, MAX_TESTED_LENGTH) : text);
    memo.set(pattern, matches);
  }
  return matches ? text : undefined;
}

/** The keys as given, when every one is present (compared like metadata keys: `Decision-Makers` is `decision makers`). */
function allPresent(keys: readonly string[], normalized: readonly string[], present: ReadonlySet<string>): string | undefined {
  return normalized.every((key) => present.has(key)) ? keys.join(', ') : undefined;
}

function headingStartingWith(prefixes: readonly string[], headings: ReadonlyMap<string, string>): string | undefined {
  if (prefixes.length === 0) return undefined;
  for (const [key, written] of headings) {
    if (prefixes.some((prefix) => key === prefix || key.startsWith(prefix + ' '))) return written;
  }
  return undefined;
}

/** The folder nearest the file that has one of the names. */
function deepest(folders: readonly string[], names: ReadonlySet<string>): string | undefined {
  for (let index = folders.length - 1; index >= 0; index--) if (names.has(folders[index] ?? '')) return folders[index];
  return undefined;
}

/** The heading as written for the first of the keys the document has. */
function headingNamed(keys: readonly string[], headings: ReadonlyMap<string, string>): string | undefined {
  for (const key of keys) {
    const written = headings.get(key);
    if (written !== undefined) return written;
  }
  return undefined;
}

/**
 * Where a type's documents are filed, as globs: its default paths, then a glob for each folder
 * name its signals count as evidence for it. "New ADR" looks for the existing folder with these.
 */
export function documentFolderGlobs(spec: DocTypeSpec): string[] {
  const folders = (spec.detect?.signals ?? []).filter((signal) => signal.weight > 0).flatMap((signal) => signal.folder ?? []);
  return [...(spec.detect?.paths ?? []), ...folders.map((name) => `**/${name}/**`)];
}
