import type { DocumentAnalysis } from '../analysis';
import type { Section } from '../model/blocks';
import type { Range } from '../text/positions';

export interface OutlineSymbol {
  readonly name: string;
  /** The checklist items that fail at this heading, so the outline doubles as a to-do list. */
  readonly detail: string;
  readonly level: number;
  /** The heading and everything under it. */
  readonly range: Range;
  /** The heading line. */
  readonly selectionRange: Range;
  readonly children: readonly OutlineSymbol[];
}

/** The document's headings, nested by level; empty for markdown that is not a leadership document. */
export function documentOutline(analysis: DocumentAnalysis): OutlineSymbol[] {
  if (analysis.type === null) return [];
  const failing = new Map<number, string[]>();
  for (const item of analysis.checklist) {
    if (!item.applicable || item.passed) continue;
    const line = item.range.start.line;
    failing.set(line, [...(failing.get(line) ?? []), item.label]);
  }
  const toSymbol = (section: Section): OutlineSymbol => {
    // Blank lines before the next heading belong to no one; the symbol ends at the last text.
    let lastLine = Math.max(section.heading.line, section.endLine - 1);
    while (lastLine > section.heading.line && analysis.document.lines.lineText(lastLine).trim() === '') lastLine--;
    const labels = failing.get(section.heading.line) ?? [];
    return {
      name: section.heading.text === '' ? section.heading.rawText.trim() || '(untitled)' : section.heading.text,
      detail: labels.map((label) => `✗ ${label}`).join('; '),
      level: section.heading.level,
      range: { start: section.heading.range.start, end: { line: lastLine, character: analysis.document.lines.lineText(lastLine).length } },
      selectionRange: section.heading.range,
      children: section.children.map(toSymbol),
    };
  };
  return analysis.document.sections.filter((section) => section.parent === undefined).map(toSymbol);
}
