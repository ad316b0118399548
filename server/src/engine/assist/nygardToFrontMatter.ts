import type { DocumentAnalysis } from '../analysis';
import type { Fix } from '../findings';
import type { TextEdit } from '../text/positions';
import { addFrontMatterLines } from '../edits/frontMatterEdits';
import { yamlScalar } from '../edits/yamlText';

/**
 * For an adr-tools (Nygard) ADR without front matter: moves the `## Status` line and the
 * `Date:` line into a new front matter block. It moves text the author wrote, so it is only
 * ever offered as a refactoring the author asks for, never applied by fix-all.
 */
export function nygardToFrontMatterFix(analysis: DocumentAnalysis): Fix | undefined {
  const { document, status } = analysis;
  if (analysis.type !== 'adr' || analysis.variant !== 'nygard' || document.frontMatter !== undefined) return undefined;
  const date = analysis.fields['date'];
  const inlineDate = date?.source === 'inline' ? date : undefined;
  const statusSection = document.sections.find((section) => section.heading.level === 2 && section.heading.key === 'status');
  const statusLine = status !== null && statusSection !== undefined && status.range.start.line > statusSection.heading.line && status.range.start.line < statusSection.endLine ? status.range.start.line : undefined;
  if (statusLine === undefined && inlineDate === undefined) return undefined;

  const keyLines: string[] = [];
  const removals: TextEdit[] = [];
  if (statusLine !== undefined && statusSection !== undefined) {
    keyLines.push(`status: ${yamlScalar(document.lines.lineText(statusLine).trim().replace(/^[-*+]\s+/, ''))}`);
    const onlyTheStatus = statusSection.children.length === 0 && statusSection.blocks.length === 1;
    removals.push(onlyTheStatus ? removeLines(statusSection.heading.line, statusSection.endLine) : removeLineWithBlank(analysis, statusLine));
  }
  if (inlineDate !== undefined) {
    keyLines.push(`date: ${yamlScalar(inlineDate.text)}`);
    removals.push(removeLineWithBlank(analysis, inlineDate.range.start.line));
  }
  return { title: 'Convert Status and Date to front matter', edits: [addFrontMatterLines(document, keyLines), ...removals], safe: false };
}

function removeLines(from: number, to: number): TextEdit {
  return { range: { start: { line: from, character: 0 }, end: { line: to, character: 0 } }, newText: '' };
}

/** Removes a line, and the blank after it when one also precedes it, so no double gap is left. */
function removeLineWithBlank(analysis: DocumentAnalysis, line: number): TextEdit {
  const { lines } = analysis.document;
  const blankBefore = line === 0 || lines.lineText(line - 1).trim() === '';
  const blankAfter = line + 1 < lines.lineCount && lines.lineText(line + 1).trim() === '';
  return removeLines(line, blankBefore && blankAfter ? line + 2 : line + 1);
}
