import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import type { Position, Range } from '../text/positions';
import { isPlaceholderText } from './placeholders';

export interface FrontMatterEntry {
  readonly key: string;
  readonly keyRange: Range;
  /** Range of the value; for an empty value, the end of the key. */
  readonly valueRange: Range;
  readonly value: unknown;
}

export interface FrontMatterProblem {
  readonly message: string;
  readonly range: Range;
  readonly code: string;
}

/** A `{…}` template placeholder left where a value belongs. */
export interface FrontMatterPlaceholder {
  readonly key: string;
  readonly text: string;
  readonly range: Range;
}

export interface FrontMatter {
  /** The whole block including both fences. */
  readonly range: Range;
  /** Line of the first content line (after the opening fence). */
  readonly contentStartLine: number;
  /** Line of the closing fence. */
  readonly closingLine: number;
  /** The parsed top-level mapping; empty when the YAML is not a mapping. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly entries: ReadonlyMap<string, FrontMatterEntry>;
  readonly problems: readonly FrontMatterProblem[];
  readonly placeholders: readonly FrontMatterPlaceholder[];
  /** False when the block parsed to something other than a mapping (a list, a scalar). */
  readonly isMapping: boolean;
  /** Range of the value at a JSON-pointer-like path (`['decision-makers', '1']`), when it exists. */
  rangeAt(path: readonly string[]): Range | undefined;
}

const OPENING_FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(---|\.\.\.)[ \t]*$/;
/**
 * `key: {a | b}` — a MADR placeholder; unquoted it is invalid YAML, so it is read before YAML
 * is. Whether the braces hold template text (not `{}` or a flow mapping) is placeholders.ts's call.
 */
const BRACED_VALUE = /^([ \t]*[^\s#:][^:#]*?:[ \t]+)(\{[^{}\n]*\})[ \t]*(#.*)?$/;

/** Finds the front matter block and parses it. Returns undefined when the document has none. */
export function parseFrontMatter(lines: LineIndex): FrontMatter | undefined {
  if (!OPENING_FENCE.test(lines.lineText(0).replace(/^\uFEFF/, ''))) return undefined;
  let closingLine = -1;
  for (let line = 1; line < lines.lineCount; line++) {
    if (CLOSING_FENCE.test(lines.lineText(line))) {
      closingLine = line;
      break;
    }
  }
  // Without a closing fence the `---` is a thematic break, not front matter.
  if (closingLine < 0) return undefined;

  const placeholders: FrontMatterPlaceholder[] = [];
  const source = maskPlaceholders(lines, 1, closingLine, placeholders);

  // Positions come from the source's own line index, never from the parser's line counter: its
  // error recovery loses count after a flow collection followed by more text on the same line.
  // The parsed source holds the block's lines joined by \n, each as long as in the document, so
  // its line N is the document's line N + 1 whatever line endings the file uses.
  const sourceLines = new LineIndex(source);
  const toPosition = (offset: number): Position => {
    const { line, character } = sourceLines.positionAt(offset);
    return { line: line + 1, character };
  };
  const toRange = (start: number, end: number): Range => ({ start: toPosition(start), end: toPosition(end) });

  const parsed = parseDocument(source, { prettyErrors: false, uniqueKeys: true, strict: false });
  // The parser's error recovery can swallow the keys after a bad line (an unquoted colon nests
  // them under it). Reading the values again with the bad lines blanked keeps them.
  const document = parsed.errors.length === 0 ? parsed : reparseWithoutBrokenLines(source, parsed.errors.map((error) => sourceLines.positionAt(error.pos[0]).line)) ?? parsed;

  const problems: FrontMatterProblem[] = [];
  for (const error of parsed.errors) {
    const [start, end] = error.pos;
    problems.push({ message: firstLine(error.message), range: toRange(start, Math.max(end, start + 1)), code: error.code });
  }

  const entries = new Map<string, FrontMatterEntry>();
  const placeholderKeys = new Set(placeholders.map((p) => p.key));
  let data: Record<string, unknown> = {};
  const contents = document.contents;
  const isMapping = contents === null || isMap(contents);
  if (isMap(contents)) {
    let plain: unknown;
    try {
      plain = document.toJS({ maxAliasCount: 100 });
    } catch {
      plain = {};
    }
    data = plain !== null && typeof plain === 'object' && !Array.isArray(plain) ? { ...(plain as Record<string, unknown>) } : {};
    for (const pair of contents.items) {
      const keyNode = pair.key as YamlNode | null;
      if (!isScalar(keyNode) || keyNode.range === undefined || keyNode.range === null) continue;
      const key = String(keyNode.value);
      const keyRange = toRange(keyNode.range[0], keyNode.range[1]);
      const valueNode = pair.value as YamlNode | null;
      const valueRange =
        valueNode?.range !== undefined && valueNode?.range !== null && valueNode.range[1] > valueNode.range[0]
          ? toRange(valueNode.range[0], valueNode.range[1])
          : { start: keyRange.end, end: keyRange.end };
      const placeholder = placeholders.find((p) => p.key === key);
      entries.set(key, {
        key,
        keyRange,
        valueRange: placeholder?.range ?? valueRange,
        value: placeholderKeys.has(key) ? undefined : data[key],
      });
      if (placeholderKeys.has(key)) delete data[key];
    }
  } else if (contents !== null) {
    const range = contents.range ?? [0, source.length];
    problems.push({ message: 'Front matter must be a mapping of keys to values.', range: toRange(range[0], range[1]), code: 'NOT_A_MAPPING' });
  }

  return {
    range: { start: { line: 0, character: 0 }, end: { line: closingLine, character: lines.lineText(closingLine).length } },
    contentStartLine: 1,
    closingLine,
    data,
    entries,
    problems,
    placeholders,
    isMapping,
    rangeAt: (path) => {
      const node = document.getIn(path.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)), true) as YamlNode | undefined;
      const range = node !== undefined && node !== null && typeof node === 'object' && 'range' in node ? node.range : undefined;
      return range === undefined || range === null ? undefined : toRange(range[0], Math.max(range[1], range[0] + 1));
    },
  };
}

/**
 * Replaces `{…}` placeholder values with spaces of the same length so the YAML parser sees a
 * null there and keeps every other offset where it was.
 */
function maskPlaceholders(lines: LineIndex, firstLine: number, endLine: number, found: FrontMatterPlaceholder[]): string {
  const out: string[] = [];
  for (let line = firstLine; line < endLine; line++) {
    const text = lines.lineText(line);
    const match = BRACED_VALUE.exec(text);
    if (match?.[1] !== undefined && match[2] !== undefined && isPlaceholderText(match[2])) {
      const prefix = match[1];
      const key = prefix.trim().replace(/:$/, '').trim();
      const start = prefix.length;
      found.push({ key, text: match[2], range: { start: { line, character: start }, end: { line, character: start + match[2].length } } });
      out.push(prefix + ' '.repeat(text.length - prefix.length));
    } else {
      out.push(text);
    }
  }
  return out.join('\n') + '\n';
}

function reparseWithoutBrokenLines(source: string, brokenLines: readonly number[]): ReturnType<typeof parseDocument> | undefined {
  const sourceLines = source.split('\n');
  for (const line of brokenLines) {
    const text = sourceLines[line];
    const keyPart = text === undefined ? undefined : /^(\s*[^\s:#][^:#]*:)/.exec(text)?.[1];
    if (text === undefined || keyPart === undefined) return undefined;
    sourceLines[line] = keyPart + ' '.repeat(text.length - keyPart.length);
  }
  const again = parseDocument(sourceLines.join('\n'), { prettyErrors: false, uniqueKeys: true, strict: false });
  return again.errors.length === 0 ? again : undefined;
}

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}
