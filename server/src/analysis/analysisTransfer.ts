import { LineIndex, outlineOf, parseFrontMatter, type Block, type BodyBlocks, type DocumentAnalysis, type DocumentSource, type FrontMatter, type LeadDocument } from '../engine';
import type { JobKind, JobValues } from './analysisRunner';

/**
 * A job's value as it crosses from a worker thread to the server's thread. Structured clone
 * copies data, not behaviour, and every object it copies is paid for on the server's thread, so
 * an analysis leaves behind what the server can rebuild from the text it already holds: the
 * text itself (twice: the document's and its line index's), the line index, and the front
 * matter's `rangeAt`, a closure over the YAML tree.
 *
 * The document's outline (headings, blocks, sections) crosses as one JSON string, read on the
 * server's thread only when a feature first asks for it. It is most of an analysis (a 64 KB ADR:
 * 2,500 blocks and headings, 630 sections, 530 KB cloned), and publishing diagnostics needs none
 * of it: cloned object by object, it cost the server's thread 6–20 ms per analysis of such a
 * document, a string costs a copy. Sections are rebuilt from the blocks and headings.
 */
export type TransferredValue = unknown;

type PackedDocument = Omit<LeadDocument, 'text' | 'lines' | 'frontMatter' | OutlineKey> & {
  readonly frontMatter: Omit<FrontMatter, 'rangeAt'> | undefined;
  /** JSON of `PackedOutline`. */
  readonly outline: string;
};

type OutlineKey = 'headings' | 'sections' | 'preamble' | 'blocks' | 'referenceLabels';

interface PackedOutline extends BodyBlocks {
  readonly referenceLabels: readonly string[];
}

export function packValue<Kind extends JobKind>(kind: Kind, value: JobValues[Kind]): TransferredValue {
  if (kind !== 'analysis') return value;
  const analysis = value as DocumentAnalysis;
  const { text: _text, lines: _lines, frontMatter, headings, sections, preamble: _preamble, blocks, referenceLabels, ...document } = analysis.document;
  const packedFrontMatter = frontMatter === undefined ? undefined : (({ rangeAt: _rangeAt, ...data }: FrontMatter) => data)(frontMatter);
  // Section i is heading i's (see `outlineOf`): each block is owned by the section it sits in.
  const owners = new Map<Block, number>();
  sections.forEach((section, index) => section.blocks.forEach((block) => owners.set(block, index)));
  const outline: PackedOutline = { headings, blocks, blockHeadingIndex: blocks.map((block) => owners.get(block) ?? -1), referenceLabels: [...referenceLabels] };
  const packed: PackedDocument = { ...document, frontMatter: packedFrontMatter, outline: JSON.stringify(outline) };
  return { ...analysis, document: packed };
}

/** The job's value as `performJob` made it, from what `packValue` sent and the job's own source. */
export function unpackValue<Kind extends JobKind>(kind: Kind, packed: TransferredValue, source: DocumentSource): JobValues[Kind] {
  if (kind !== 'analysis') return packed as JobValues[Kind];
  const analysis = packed as Omit<DocumentAnalysis, 'document'> & { readonly document: PackedDocument };
  const { outline, frontMatter, ...document } = analysis.document;
  const lines = new LineIndex(source.text);
  let read: Pick<LeadDocument, OutlineKey> | undefined;
  const outlineRead = (): Pick<LeadDocument, OutlineKey> => {
    if (read !== undefined) return read;
    const parsed = JSON.parse(outline) as PackedOutline;
    read = { ...outlineOf(parsed, lines.lineCount), referenceLabels: new Set(parsed.referenceLabels) };
    return read;
  };
  const unpacked: LeadDocument = {
    ...document,
    text: source.text,
    lines,
    frontMatter: frontMatter === undefined ? undefined : withRangeAt(frontMatter, lines),
    get headings() {
      return outlineRead().headings;
    },
    get sections() {
      return outlineRead().sections;
    },
    get preamble() {
      return outlineRead().preamble;
    },
    get blocks() {
      return outlineRead().blocks;
    },
    get referenceLabels() {
      return outlineRead().referenceLabels;
    },
  };
  return { ...analysis, document: unpacked } as JobValues[Kind];
}

/** `rangeAt` needs the YAML tree, which stayed in the worker: parsed again, from the front matter alone, on first use. */
function withRangeAt(frontMatter: Omit<FrontMatter, 'rangeAt'>, lines: LineIndex): FrontMatter {
  let reparsed: FrontMatter | undefined;
  return { ...frontMatter, rangeAt: (path) => (reparsed ??= parseFrontMatter(lines))?.rangeAt(path) };
}
