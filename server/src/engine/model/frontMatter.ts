import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Lexer, Parser, YAMLParseError, type Document, type Node as YamlNode } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import type { Position, Range } from '../text/positions';
import { frontMatterSource, type FrontMatterPlaceholder, type FrontMatterSource } from './frontMatterSource';
import { readPlainEntries, type PlainEntry } from './plainFrontMatter';
import { MAX_ALIASED_VALUES, MAX_YAML_NESTING, YamlValueConverter, type UnreadableReason } from './yamlValues';

export type { FrontMatterPlaceholder } from './frontMatterSource';

export interface FrontMatterEntry {
  readonly key: string;
  readonly keyRange: Range;
  /** Range of the value; for an empty value, the end of the key. */
  readonly valueRange: Range;
  readonly value: unknown;
}

export interface FrontMatterProblem {
  /** `syntax`: the YAML does not parse. `limit`: it parses, but reading it would cost too much. */
  readonly kind: 'syntax' | 'limit';
  readonly message: string;
  readonly range: Range;
  readonly code: string;
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
  /**
   * Every value of a top-level key written more than once, in order (`data` keeps the last).
   * What must not be lost to a repeated key (the confidential list) reads all of them.
   */
  readonly repeatedValues: ReadonlyMap<string, readonly unknown[]>;
  /** Range of the value at a JSON-pointer-like path (`['decision-makers', '1']`), when it exists. */
  rangeAt(path: readonly string[]): Range | undefined;
}

const OPENING_FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(---|\.\.\.)[ \t]*$/;

/** Finds the front matter block and parses it. Returns undefined when the document has none. */
export function parseFrontMatter(lines: LineIndex): FrontMatter | undefined {
  const closingLine = closingFenceLine(lines);
  if (closingLine < 0) return undefined;
  const source = frontMatterSource(lines, closingLine);
  const plain = source.deepEntries.length === 0 ? readPlainEntries(source.lines) : undefined;
  return plain === undefined ? readWithYaml(lines, closingLine, source) : fromPlainEntries(lines, closingLine, source, plain);
}

/** The same, always read by the YAML library: what the plain reader must agree with. */
export function parseFrontMatterWithYaml(lines: LineIndex): FrontMatter | undefined {
  const closingLine = closingFenceLine(lines);
  return closingLine < 0 ? undefined : readWithYaml(lines, closingLine, frontMatterSource(lines, closingLine));
}

/** The line of the closing fence, or -1: without one the opening `---` is a thematic break, not front matter. */
function closingFenceLine(lines: LineIndex): number {
  const opening = lines.lineText(0);
  if (!OPENING_FENCE.test(opening.charCodeAt(0) === 0xfeff ? opening.slice(1) : opening)) return -1;
  for (let line = 1; line < lines.lineCount; line++) if (CLOSING_FENCE.test(lines.lineText(line))) return line;
  return -1;
}

/** Front matter of plain `key: value` lines (see plainFrontMatter.ts), built as the YAML reading builds it. */
function fromPlainEntries(lines: LineIndex, closingLine: number, { placeholders }: FrontMatterSource, plain: readonly PlainEntry[]): FrontMatter {
  const entries = new Map<string, FrontMatterEntry>();
  const data: Record<string, unknown> = {};
  const placeholderByKey = new Map(placeholders.map((p) => [p.key, p]));
  for (const { key, line, value, valueStart, valueEnd } of plain) {
    const placeholder = placeholderByKey.get(key);
    if (placeholder === undefined) setOwn(data, key, value);
    const documentLine = line + 1;
    const keyRange = { start: { line: documentLine, character: 0 }, end: { line: documentLine, character: key.length } };
    const valueRange = valueEnd > valueStart ? { start: { line: documentLine, character: valueStart }, end: { line: documentLine, character: valueEnd } } : { start: keyRange.end, end: keyRange.end };
    entries.set(key, entryOf(key, keyRange, valueRange, value, placeholder));
  }
  // Positions below the top level need the YAML tree: read on the first question, which few documents ask.
  let read: FrontMatter | undefined;
  return frontMatterBlock(lines, closingLine, { data, entries, problems: [], placeholders, isMapping: true, repeatedValues: new Map(), rangeAt: (path) => (read ??= parseFrontMatterWithYaml(lines))?.rangeAt(path) });
}

/** What a reading found, placed in the block between the fences: one shape, whichever reader read it. */
function frontMatterBlock(lines: LineIndex, closingLine: number, found: Omit<FrontMatter, 'range' | 'contentStartLine' | 'closingLine'>): FrontMatter {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: closingLine, character: lines.lineLength(closingLine) } },
    contentStartLine: 1,
    closingLine,
    data: found.data,
    entries: found.entries,
    problems: found.problems,
    placeholders: found.placeholders,
    isMapping: found.isMapping,
    repeatedValues: found.repeatedValues,
    rangeAt: found.rangeAt,
  };
}

function readWithYaml(lines: LineIndex, closingLine: number, { lines: sourceText, placeholders, deepEntries }: FrontMatterSource): FrontMatter {
  const source = sourceText.join('\n') + '\n';

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

  const attempt = parseYaml(source);
  // Too broken or too long to read: nothing of it is, and one finding says so.
  const parsed = attempt instanceof YamlLimit ? (parseYaml('') as Document.Parsed) : attempt;
  // The parser's error recovery can swallow the keys after a bad line (an unquoted colon nests
  // them under it). Reading the values again with the bad lines blanked keeps them.
  const document = parsed.errors.length === 0 ? parsed : reparseWithoutBrokenLines(source, new Set(parsed.errors.map((error) => sourceLines.positionAt(error.pos[0]).line))) ?? parsed;

  const problems: FrontMatterProblem[] = [];
  if (attempt instanceof YamlLimit) problems.push({ kind: 'limit', message: attempt.message, range: toRange(0, Math.max(0, source.length - 1)), code: attempt.code });
  // One report per kind of error and line: an unclosed `{{{{` is otherwise one error per brace.
  const reported = new Set<string>();
  for (const error of parsed.errors) {
    const [start, end] = error.pos;
    const range = toRange(start, Math.max(end, start + 1));
    const once = `${error.code}@${range.start.line}`;
    if (reported.has(once)) continue;
    reported.add(once);
    problems.push({ kind: 'syntax', message: firstLine(error.message), range, code: error.code });
  }

  const entries = new Map<string, FrontMatterEntry>();
  const repeatedValues = new Map<string, readonly unknown[]>();
  const placeholderByKey = new Map(placeholders.map((p) => [p.key, p]));
  const deepFirstLines = new Set(deepEntries.map((entry) => entry.firstLine));
  const data: Record<string, unknown> = {};
  const contents = document.contents;
  const isMapping = contents === null || isMap(contents);
  if (isMap(contents)) {
    // An alias is written `*name`: without a `*` there is none, and no anchor needs finding.
    const converter = new YamlValueConverter(source, source.includes('*') ? aliasResolver(document) : noAlias);
    const topLevelKeys = new Set<string>();
    const valuesByKey = new Map<string, unknown[]>();
    for (const pair of contents.items) {
      const keyNode = pair.key as YamlNode | null;
      const valueNode = pair.value as YamlNode | null;
      const keyLine = keyNode?.range === undefined || keyNode.range === null ? -1 : sourceLines.positionAt(keyNode.range[0]).line;
      const converted: ReturnType<YamlValueConverter['convert']> = deepFirstLines.delete(keyLine) ? { ok: false, reason: 'nesting' } : converter.convert(valueNode);
      const key = converter.keyOf(keyNode);
      if (topLevelKeys.has(key) && keyNode !== null) converter.duplicateKeys.push(keyNode);
      topLevelKeys.add(key);
      if (converted.ok) {
        const values = valuesByKey.get(key);
        if (values === undefined) valuesByKey.set(key, [converted.value]);
        else values.push(converted.value);
      }
      if (!converted.ok) problems.push(unreadable(key, converted.reason, keyNode?.range === undefined || keyNode.range === null ? toRange(0, 0) : toRange(keyNode.range[0], keyNode.range[1])));
      const placeholder = placeholderByKey.get(key);
      if (placeholder === undefined && converted.ok) setOwn(data, key, converted.value);
      if (!isScalar(keyNode) || keyNode.range === undefined || keyNode.range === null) continue;
      const keyRange = toRange(keyNode.range[0], keyNode.range[1]);
      const valueRange =
        valueNode?.range !== undefined && valueNode?.range !== null && valueNode.range[1] > valueNode.range[0]
          ? toRange(valueNode.range[0], valueNode.range[1])
          : { start: keyRange.end, end: keyRange.end };
      entries.set(key, entryOf(key, keyRange, valueRange, converted.ok ? converted.value : undefined, placeholder));
    }
    for (const [key, values] of valuesByKey) if (values.length > 1) repeatedValues.set(key, values);
    for (const duplicate of converter.duplicateKeys) {
      const range = duplicate.range ?? [0, 0];
      problems.push({ kind: 'syntax', message: 'Map keys must be unique', range: toRange(range[0], Math.max(range[1], range[0] + 1)), code: 'DUPLICATE_KEY' });
    }
  } else if (contents !== null) {
    const range = contents.range ?? [0, source.length];
    problems.push({ kind: 'syntax', message: 'Front matter must be a mapping of keys to values.', range: toRange(range[0], range[1]), code: 'NOT_A_MAPPING' });
  }
  // A deep entry with no key the mapping kept (a bare `[[[…`) is still reported, on its first line.
  for (const line of deepFirstLines) {
    const start = sourceLines.offsetOfLine(line);
    problems.push(unreadable(undefined, 'nesting', toRange(start, start + sourceLines.lineText(line).length)));
  }

  return frontMatterBlock(lines, closingLine, {
    data,
    entries,
    problems,
    placeholders,
    isMapping,
    repeatedValues,
    rangeAt: (path) => {
      const node = document.getIn(path.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)), true) as YamlNode | undefined;
      const range = node !== undefined && node !== null && typeof node === 'object' && 'range' in node ? node.range : undefined;
      return range === undefined || range === null ? undefined : toRange(range[0], Math.max(range[1], range[0] + 1));
    },
  });
}

/** More YAML errors than anyone fixes one by one; past it the parser's error path is the cost. */
export const MAX_YAML_ERRORS = 100;
/**
 * The YAML parser costs 1–5 µs per lexical token (a key, a value, an indicator, each line
 * break), so 64 KB of front matter made of one-character tokens (a run of blank lines, `-`,
 * `![`) took 40–60 ms, the whole budget of a document that size (found by fuzzing). Real front
 * matter has tens to a few hundred tokens; past this many it is reported and not read.
 */
export const MAX_YAML_TOKENS = 4_000;

/** Why front matter is not read at all: the finding's message and its `yamlCode`. */
class YamlLimit extends Error {
  constructor(
    readonly code: 'TOO_MANY_ERRORS' | 'TOO_MANY_TOKENS',
    message: string,
  ) {
    super(message);
  }
}

const tooManyErrors = (): YamlLimit => new YamlLimit('TOO_MANY_ERRORS', `The front matter has more than ${MAX_YAML_ERRORS} YAML errors, so it is not read.`);
const tooManyTokens = (): YamlLimit =>
  new YamlLimit('TOO_MANY_TOKENS', `The front matter is longer than ${MAX_YAML_TOKENS.toLocaleString('en')} YAML tokens (keys, values, punctuation and line breaks), so it is not read.`);

/**
 * `parseDocument`, stopped (with the limit as its result) at the error after `MAX_YAML_ERRORS`
 * or the token after `MAX_YAML_TOKENS`: after a closed value, a line of `}}}}…` or `{x}{x}…` is
 * one error token per character, and 16 KB of it took 0.3–1.4 s to read (found by fuzzing).
 * The lexer yields its tokens lazily, so counting them stops the lexing too. Duplicate keys are
 * found while converting, in linear time; the parser's own check compares every key with every
 * other.
 *
 * The lexer, parser and composer are driven in plain loops, as `composer.compose(tokens)` drives
 * them: a generator of our own between them cost a resumption per token.
 */
function parseYaml(source: string): Document.Parsed | YamlLimit {
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, strict: false });
  countComposerErrors(composer);
  const parser = new Parser();
  let document: Document.Parsed | undefined;
  let more = false;
  /** Keeps the first document; a second is an error of the first, and reading stops there. */
  const keep = (next: Document.Parsed): void => {
    if (document === undefined) document = next;
    else {
      document.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      more = true;
    }
  };
  let lexemes = 0;
  let errors = 0;
  try {
    read: {
      for (const lexeme of new Lexer().lex(source)) {
        if (++lexemes > MAX_YAML_TOKENS) throw tooManyTokens();
        for (const token of parser.next(lexeme)) {
          if (token.type === 'error' && ++errors > MAX_YAML_ERRORS) throw tooManyErrors();
          for (const next of composer.next(token)) {
            keep(next);
            if (more) break read;
          }
        }
      }
      for (const token of parser.end()) {
        if (token.type === 'error' && ++errors > MAX_YAML_ERRORS) throw tooManyErrors();
        for (const next of composer.next(token)) {
          keep(next);
          if (more) break read;
        }
      }
      for (const next of composer.end(true, source.length)) {
        keep(next);
        if (more) break read;
      }
    }
  } catch (error) {
    if (error instanceof YamlLimit) return error;
    throw error;
  }
  // `end(forceDoc)` yields an empty document for an empty source: there is always one.
  return document as Document.Parsed;
}

/**
 * Errors inside a value (17,000 `*` read as aliases) reach the composer's error handler, not
 * the token stream. The handler is not in the typings, so it is wrapped only where it exists;
 * frontMatterLimits.test.ts fails if a yaml release moves it.
 */
function countComposerErrors(composer: Composer): void {
  const hooked = composer as unknown as { onError?: unknown };
  const report = hooked.onError;
  if (typeof report !== 'function') return;
  let errors = 0;
  hooked.onError = (...error: unknown[]) => {
    if (++errors > MAX_YAML_ERRORS) throw tooManyErrors();
    report(...error);
  };
}

const noAlias = (): undefined => undefined;

/** Each alias's anchor, found in one walk in document order: the last anchor of that name before it. */
function aliasResolver(document: Document.Parsed): (alias: YamlNode) => YamlNode | undefined {
  const targets = new Map<YamlNode, YamlNode>();
  const anchors = new Map<string, YamlNode>();
  const pending: unknown[] = [document.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isPair(node)) {
      pending.push(node.value, node.key);
      continue;
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target !== undefined) targets.set(node, target);
      continue;
    }
    if (node === null || typeof node !== 'object' || !('range' in node)) continue;
    const yamlNode = node as YamlNode;
    if (typeof yamlNode.anchor === 'string' && yamlNode.anchor !== '') anchors.set(yamlNode.anchor, yamlNode);
    if (isMap(yamlNode) || isSeq(yamlNode)) {
      const items = (yamlNode as { items: unknown[] }).items;
      for (let i = items.length - 1; i >= 0; i--) pending.push(items[i]);
    }
  }
  return (alias) => targets.get(alias);
}

/**
 * `data[key] = value`, except that a `__proto__` key becomes a property like any other rather
 * than the object's prototype. Plain assignment otherwise: defining every key cost more.
 */
/** A top-level key's entry: a template placeholder (`{YYYY-MM-DD}`) has no value, and its range is the placeholder's. */
function entryOf(key: string, keyRange: Range, valueRange: Range, value: unknown, placeholder: FrontMatterPlaceholder | undefined): FrontMatterEntry {
  return { key, keyRange, valueRange: placeholder?.range ?? valueRange, value: placeholder === undefined ? value : undefined };
}

function setOwn(data: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(data, key, { value, writable: true, enumerable: true, configurable: true });
  else data[key] = value;
}

function unreadable(key: string | undefined, reason: UnreadableReason, range: Range): FrontMatterProblem {
  const what = key === undefined ? 'This front matter entry' : `'${key}'`;
  const rest = 'so it is not read; the rest of the front matter is.';
  switch (reason) {
    case 'nesting':
      return { kind: 'limit', message: `${what} nests deeper than ${MAX_YAML_NESTING} levels, ${rest}`, range, code: 'NESTING_TOO_DEEP' };
    case 'aliases':
      return { kind: 'limit', message: `${what} expands its aliases to more than ${MAX_ALIASED_VALUES.toLocaleString('en')} values, ${rest}`, range, code: 'ALIAS_EXPANSION' };
    case 'alias-cycle':
      return { kind: 'limit', message: `${what} contains an alias to itself, which never ends, ${rest}`, range, code: 'ALIAS_CYCLE' };
  }
}

function reparseWithoutBrokenLines(source: string, brokenLines: ReadonlySet<number>): Document.Parsed | undefined {
  const sourceLines = source.split('\n');
  for (const line of brokenLines) {
    const text = sourceLines[line];
    const keyPart = text === undefined ? undefined : /^(\s*[^\s:#][^:#]*:)/.exec(text)?.[1];
    if (text === undefined || keyPart === undefined) return undefined;
    sourceLines[line] = keyPart + ' '.repeat(text.length - keyPart.length);
  }
  const again = parseYaml(sourceLines.join('\n'));
  return again instanceof YamlLimit || again.errors.length > 0 ? undefined : again;
}

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}
