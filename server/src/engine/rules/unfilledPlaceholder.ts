import type { Block } from '../model/blocks';
import type { LeadDocument } from '../model/leadDocument';
import type { Range } from '../text/positions';
import type { Rule } from './rule';

// `{title of option}`, `{YYYY-MM-DD}`; not `${var}`, `{}` or a lone `{x}` in maths.
const PLACEHOLDER = /(?<!\$)\{(?=[^{}\n]*[A-Za-z]{2})[^{}\n]{2,160}\}/g;
const CODE_SPAN = /`+[^`]*`+/g;

export const unfilledPlaceholder: Rule = {
  meta: {
    id: 'unfilled-placeholder',
    title: 'Template placeholders are filled in',
    description: 'Template text such as `{title}`, `{YYYY-MM-DD}` or a section holding only an HTML comment prompt was left in place.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ typed, report }) {
    const { document } = typed;
    for (const placeholder of document.frontMatter?.placeholders ?? []) {
      report({ message: `Fill in '${placeholder.key}': ${placeholder.text} is template text.`, range: placeholder.range, data: { placeholder: placeholder.text, key: placeholder.key } });
    }
    // A list item's range can cover a nested paragraph's lines; a set reads each line once.
    const textLines = new Set(document.headings.map((heading) => heading.line));
    for (const block of document.blocks) {
      if (block.kind === 'code' || block.kind === 'comment' || block.kind === 'html') continue;
      for (let line = block.range.start.line; line <= block.range.end.line; line++) textLines.add(line);
    }
    for (const line of [...textLines].sort((a, b) => a - b)) {
      for (const found of placeholdersOnLine(document, line)) report(found);
    }
    for (const section of document.sections) {
      const prompt = onlyPrompt(section.blocks);
      if (prompt !== undefined && section.children.length === 0) {
        report({ message: `Section '${section.heading.text}' still holds only its template prompt; write the content.`, range: prompt.range, data: { sectionHeading: section.heading.text, prompt: true } });
      }
    }
  },
};

function onlyPrompt(blocks: readonly Block[]): Block | undefined {
  return blocks.length > 0 && blocks.every((block) => block.kind === 'comment') ? blocks[0] : undefined;
}

function placeholdersOnLine(document: LeadDocument, line: number): Array<{ message: string; range: Range; data: Record<string, unknown> }> {
  const text = document.lines.lineText(line);
  if (!text.includes('{')) return [];
  const masked = text.replace(/<!--.*?-->/g, (m) => ' '.repeat(m.length)).replace(CODE_SPAN, (m) => ' '.repeat(m.length));
  const found: Array<{ message: string; range: Range; data: Record<string, unknown> }> = [];
  for (const match of masked.matchAll(PLACEHOLDER)) {
    const start = match.index;
    found.push({
      message: `Replace the template placeholder ${match[0]} with real content.`,
      range: { start: { line, character: start }, end: { line, character: start + match[0].length } },
      data: { placeholder: match[0] },
    });
  }
  return found;
}
