/**
 * Positions use LSP conventions (zero-based line, UTF-16 character offset) so that the
 * server, the CLI and the client can pass engine ranges through without conversion.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A plain text edit, applied against the document text the engine was given. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}
