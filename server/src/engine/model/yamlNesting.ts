import { MAX_YAML_NESTING } from './yamlValues';

/** Lines of one top-level entry (a key and everything indented under it), in the YAML's own line numbers. */
export interface DeepEntry {
  readonly firstLine: number;
  readonly lastLine: number;
}

const SPACE = 32;
const TAB = 9;

/**
 * Finds the top-level entries that nest deeper than `MAX_YAML_NESTING`, before the YAML parser
 * sees them: the parser's cost grows faster than the text with depth, and a few thousand
 * `[` overflow its stack. One pass over the characters, so it costs no more than reading them.
 *
 * It reads YAML the way nesting is written: flow brackets outside quotes and comments, and
 * block levels by indentation and `- ` / `? ` indicators. A `[` inside a plain scalar
 * (`title: a[b]`) or a block scalar (`|`) is text, not nesting. When unsure it counts a level
 * more, never less: an entry past the limit is a finding, never a slow parse.
 */
export function findDeepEntries(lines: readonly string[], limit = MAX_YAML_NESTING): DeepEntry[] {
  const deep: DeepEntry[] = [];
  let entryStart = 0;
  let entryIsDeep = false;
  const scanner = new NestingScanner();
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line] as string;
    if (line > 0 && startsTopLevelEntry(text) && !scanner.insideFlowOrQuote) {
      if (entryIsDeep) deep.push({ firstLine: entryStart, lastLine: line - 1 });
      entryStart = line;
      entryIsDeep = false;
      scanner.reset();
    }
    if (entryIsDeep) continue;
    // A line in column 0 cannot continue a quote or a bracket, and the parser may end it there
    // and read the line afresh: `title: "` and then 2,000 `- ` overflowed its stack (found
    // by fuzzing). So such a line is counted both ways.
    if (scanner.insideFlowOrQuote && startsAtMargin(text) && new NestingScanner().scanLine(text) > limit) entryIsDeep = true;
    else if (scanner.scanLine(text) > limit) entryIsDeep = true;
  }
  if (entryIsDeep) deep.push({ firstLine: entryStart, lastLine: lines.length - 1 });
  return deep;
}

function startsAtMargin(text: string): boolean {
  const first = text.charCodeAt(0);
  return text.length > 0 && first !== SPACE && first !== TAB;
}

/**
 * A top-level key starts in column 0; a comment or a blank line belongs to the entry before it,
 * and so does `- item` in column 0, which YAML reads as the value of the key above.
 */
function startsTopLevelEntry(text: string): boolean {
  const first = text.charCodeAt(0);
  if (text.length === 0 || first === SPACE || first === TAB || first === 35 /* # */) return false;
  const second = text.charCodeAt(1);
  return !(first === 45 /* - */ && (text.length === 1 || second === SPACE || second === TAB));
}

function endsProperty(code: number): boolean {
  return code === SPACE || code === TAB || code === 91 || code === 93 || code === 123 || code === 125 || code === 44;
}

class NestingScanner {
  /** Indentation of each open block level. */
  private indents: number[] = [];
  private flowDepth = 0;
  private quote: 0 | 39 /* ' */ | 34 /* " */ = 0;
  /** Lines indented deeper than this belong to a block scalar (`|`, `>`), -1 when there is none. */
  private blockScalarIndent = -1;

  /** Inside a quoted scalar or an unclosed bracket, a line in column 0 continues what came before. */
  get insideFlowOrQuote(): boolean {
    return this.quote !== 0 || this.flowDepth > 0;
  }

  reset(): void {
    this.indents = [];
    this.flowDepth = 0;
    this.quote = 0;
    this.blockScalarIndent = -1;
  }

  /** The deepest nesting reached on this line. */
  scanLine(text: string): number {
    let column = 0;
    while (column < text.length && (text.charCodeAt(column) === SPACE || text.charCodeAt(column) === TAB)) column++;
    if (column === text.length) return this.indents.length + this.flowDepth;
    if (this.blockScalarIndent >= 0) {
      if (column > this.blockScalarIndent) return this.indents.length;
      this.blockScalarIndent = -1;
    }
    if (this.quote === 0 && this.flowDepth === 0) {
      while (this.indents.length > 0 && (this.indents[this.indents.length - 1] as number) >= column) this.indents.pop();
      this.indents.push(column);
    }
    return this.scanContent(text, column);
  }

  private scanContent(text: string, from: number): number {
    const lineIndent = from;
    let deepest = this.indents.length + this.flowDepth;
    // At the start of a node a quote opens a quoted scalar and, outside flow, a bracket opens a collection.
    let atNodeStart = true;
    let blockIndicators = 0;
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.quote !== 0) {
        if (code === 92 /* \ */ && this.quote === 34) i++;
        else if (code === this.quote) {
          if (this.quote === 39 && i + 1 < text.length && text.charCodeAt(i + 1) === 39) i++;
          else this.quote = 0;
        }
        continue;
      }
      // Past the end reads as a space: reading beyond a string sends compiled code back to the interpreter.
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : SPACE;
      const spaceAfter = next === SPACE || next === TAB;
      if (code === SPACE || code === TAB) continue;
      if (code === 35 /* # */ && (i === from || text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === TAB)) break;
      if (code === 91 /* [ */ || code === 123 /* { */) {
        if (this.flowDepth > 0 || atNodeStart) {
          this.flowDepth++;
          deepest = Math.max(deepest, this.indents.length + blockIndicators + this.flowDepth);
          atNodeStart = true;
          continue;
        }
      } else if (code === 93 /* ] */ || code === 125 /* } */) {
        if (this.flowDepth > 0) {
          this.flowDepth--;
          // After a closed collection the parser reads on in flow (`{{date}}![![…` nested
          // 16,000 levels and took 0.1 s; found by fuzzing), so a bracket there opens again.
          if (this.flowDepth === 0) {
            atNodeStart = true;
            continue;
          }
        }
      } else if (code === 44 /* , */ && this.flowDepth > 0) {
        atNodeStart = true;
        continue;
      } else if (code === 58 /* : */ && (spaceAfter || this.flowDepth > 0)) {
        atNodeStart = true;
        continue;
      } else if ((code === 45 /* - */ || code === 63 /* ? */) && spaceAfter && atNodeStart && this.flowDepth === 0) {
        blockIndicators++;
        deepest = Math.max(deepest, this.indents.length + blockIndicators);
        continue;
      } else if ((code === 39 || code === 34) && atNodeStart) {
        this.quote = code;
        atNodeStart = false;
        continue;
      } else if ((code === 33 /* ! */ || code === 38 /* & */) && atNodeStart) {
        // A tag or an anchor comes before the node it names, and ends at a space or a bracket.
        while (i + 1 < text.length && !endsProperty(text.charCodeAt(i + 1))) i++;
        continue;
      } else if ((code === 124 /* | */ || code === 62 /* > */) && atNodeStart && this.flowDepth === 0) {
        this.blockScalarIndent = lineIndent;
        break;
      }
      atNodeStart = false;
    }
    return deepest;
  }
}
