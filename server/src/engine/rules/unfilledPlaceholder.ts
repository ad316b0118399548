import { findPlaceholders, isPlaceholderText, onlyCommentOnLine } from '../model/placeholders';
import { isDisableDirective } from '../edits/ruleDisable';
import type { Block } from '../model/blocks';
import type { LeadDocument } from '../model/leadDocument';
import type { Rule, RuleContext } from './rule';

export const unfilledPlaceholder: Rule = {
  meta: {
    id: 'unfilled-placeholder',
    title: 'Template placeholders are filled in',
    description: 'Template text such as `{title}`, `{YYYY-MM-DD}`, MADR 2\'s `[…]`, or a heading, item or section holding only an HTML comment prompt was left in place.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ typed, report }) {
    const { document } = typed;
    for (const placeholder of document.frontMatter?.placeholders ?? []) {
      report({ message: `Fill in '${placeholder.key}': ${placeholder.text} is template text.`, range: placeholder.range, data: { placeholder: placeholder.text, key: placeholder.key } });
    }
    for (const entry of document.frontMatter?.entries.values() ?? []) {
      if (typeof entry.value === 'string' && isPlaceholderText(entry.value)) {
        report({ message: `Fill in '${entry.key}': ${entry.value} is template text.`, range: entry.valueRange, data: { placeholder: entry.value, key: entry.key } });
      }
    }

    // Template text needs a brace, a bracket or a comment: a body with none has none to find.
    if (mayHoldTemplateText(document)) reportLines(document, report);

    for (const section of document.sections) {
      const prompt = onlyPrompt(section.blocks);
      if (prompt !== undefined && section.children.length === 0) {
        report({ message: `Section '${section.heading.text}' still holds only its template prompt; write the content.`, range: prompt.range, data: { sectionHeading: section.heading.text, prompt: true } });
      }
    }
  },
};

function mayHoldTemplateText(document: LeadDocument): boolean {
  const bodyStart = document.lines.offsetOfLine(document.bodyStartLine);
  return document.text.indexOf('{', bodyStart) >= 0 || document.text.indexOf('[', bodyStart) >= 0 || document.text.indexOf('<!--', bodyStart) >= 0;
}

/** Placeholders and comment prompts on the body's lines of text. */
function reportLines(document: LeadDocument, report: RuleContext['report']): void {
  // A list item's range can cover a nested paragraph's lines; marking lines reads each once.
  const isTextLine = new Uint8Array(document.lines.lineCount);
  for (const heading of document.headings) isTextLine[heading.line] = 1;
  for (const block of document.blocks) {
    if (block.kind === 'code' || block.kind === 'comment' || block.kind === 'html') continue;
    isTextLine.fill(1, block.range.start.line, block.range.end.line + 1);
  }
  // A list item's range also covers a code block nested in it; code is never template text.
  for (const block of document.blocks) {
    if (block.kind === 'code' || block.kind === 'html') isTextLine.fill(0, block.range.start.line, block.range.end.line + 1);
  }
  for (let line = 0; line < isTextLine.length; line++) {
    if (isTextLine[line] === 0) continue;
    const text = document.lines.lineText(line);
    for (const found of findPlaceholders(text, document.referenceLabels)) {
      report({
        message: `Replace the template placeholder ${found.text} with real content.`,
        range: { start: { line, character: found.index }, end: { line, character: found.index + found.text.length } },
        data: { placeholder: found.text },
      });
    }
    const prompt = onlyCommentOnLine(text);
    if (prompt !== undefined) {
      report({ message: 'This line still holds only its template prompt; write the content.', range: { start: { line, character: prompt.index }, end: { line, character: prompt.index + prompt.text.length } }, data: { prompt: true } });
    }
  }
}

function onlyPrompt(blocks: readonly Block[]): Block | undefined {
  // A `leaddocs-disable` comment is an instruction to Leaddocs, not a prompt left for the author.
  const prompts = blocks.filter((block) => !(block.kind === 'comment' && isDisableDirective(block.text)));
  return prompts.length > 0 && prompts.every((block) => block.kind === 'comment') ? prompts[0] : undefined;
}
