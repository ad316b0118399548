import { LineIndex, parseFrontMatter, type DocumentAnalysis, type DocumentSource, type FrontMatter } from '../engine';
import type { JobKind, JobValues } from './analysisRunner';

/**
 * A job's value as it crosses from a worker thread to the server's thread. Structured clone
 * copies data, not behaviour, and every byte it copies is paid for on the server's thread, so
 * an analysis leaves behind what the server can rebuild from the text it already holds: the
 * text itself (twice: the document's and its line index's), the line index, and the front
 * matter's `rangeAt`, a closure over the YAML tree.
 */
export type TransferredValue = unknown;

export function packValue<Kind extends JobKind>(kind: Kind, value: JobValues[Kind]): TransferredValue {
  if (kind !== 'analysis') return value;
  const analysis = value as DocumentAnalysis;
  const { text: _text, lines: _lines, frontMatter, ...document } = analysis.document;
  const packedFrontMatter = frontMatter === undefined ? undefined : (({ rangeAt: _rangeAt, ...data }: FrontMatter) => data)(frontMatter);
  return { ...analysis, document: { ...document, frontMatter: packedFrontMatter } };
}

/** The job's value as `performJob` made it, from what `packValue` sent and the job's own source. */
export function unpackValue<Kind extends JobKind>(kind: Kind, packed: TransferredValue, source: DocumentSource): JobValues[Kind] {
  if (kind !== 'analysis') return packed as JobValues[Kind];
  const analysis = packed as DocumentAnalysis;
  const lines = new LineIndex(source.text);
  const frontMatter = analysis.document.frontMatter === undefined ? undefined : withRangeAt(analysis.document.frontMatter, lines);
  return { ...analysis, document: { ...analysis.document, text: source.text, lines, frontMatter } } as JobValues[Kind];
}

/** `rangeAt` needs the YAML tree, which stayed in the worker: parsed again, from the front matter alone, on first use. */
function withRangeAt(frontMatter: Omit<FrontMatter, 'rangeAt'>, lines: LineIndex): FrontMatter {
  let reparsed: FrontMatter | undefined;
  return { ...frontMatter, rangeAt: (path) => (reparsed ??= parseFrontMatter(lines))?.rangeAt(path) };
}
