import type { Position, Range } from './positions';

/**
 * Maps string offsets to line/character positions. Built once per document; every parser
 * and rule shares it so that no one re-scans the text for newlines.
 */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    if (text.includes('\r')) {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 /* \n */) {
          starts.push(i + 1);
        } else if (code === 13 /* \r */) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    } else {
      // The common case: indexOf is far faster than a character loop.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  offsetOfLine(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    return this.lineStarts[line] ?? this.text.length;
  }

  /** Text of a line without its line terminator. */
  lineText(line: number): string {
    const start = this.offsetOfLine(line);
    return this.text.slice(start, start + this.lineLength(line));
  }

  /** Length of a line without its terminator: `lineText(line).length` without copying the line. */
  lineLength(line: number): number {
    const start = this.offsetOfLine(line);
    let end = line + 1 < this.lineStarts.length ? this.offsetOfLine(line + 1) : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end - start;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - (this.lineStarts[low] ?? 0) };
  }

  offsetAt(position: Position): number {
    const lineStart = this.offsetOfLine(position.line);
    const lineEnd = lineStart + this.lineLength(position.line);
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  rangeOfOffsets(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The whole of a line, excluding its terminator. */
  lineRange(line: number): Range {
    // Clamped: a front matter block can end the file, leaving "the line after it" outside.
    const inside = Math.max(0, Math.min(line, this.lineStarts.length - 1));
    return { start: { line: inside, character: 0 }, end: { line: inside, character: this.lineLength(inside) } };
  }
}
