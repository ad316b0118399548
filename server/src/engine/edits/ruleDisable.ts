import type { Fix } from '../findings';
import type { LeadDocument } from '../model/leadDocument';
import type { Position, TextEdit } from '../text/positions';
import { addFrontMatterLines } from './frontMatterEdits';
import { lineEndingOf } from '../model/lineEndings';

/** Front matter key listing the rules a document turns off: `leaddocs-disable: [rule-id]`. */
export const disableKey = 'leaddocs-disable';

// `<!-- leaddocs-disable date-format, section-order -->`. The list is trimmed in code: spaces
// matched around it would trade places with the lazy list, quadratic in a run of spaces.
const DIRECTIVE = /<!--\s*leaddocs-disable(?=\s)([^>]*?)-->/dg;

interface Directive {
  readonly ids: readonly string[];
  /** Where the last id of the comment ends: a new id goes there. */
  readonly listEnd: Position;
}

/** Rule ids the document turns off, by a comment anywhere in its body or by its front matter. */
export function disabledRules(document: LeadDocument): ReadonlySet<string> {
  const directives = directivesIn(document);
  const fromFrontMatter = idsIn(document.frontMatter?.data[disableKey]);
  // Almost every document turns nothing off: no arrays to spread into the set.
  if (directives.length === 0 && fromFrontMatter.length === 0) return new Set();
  return new Set([...directives.flatMap((directive) => directive.ids), ...fromFrontMatter]);
}

/** Whether a comment is a disable directive rather than a template prompt. */
export function isDisableDirective(comment: string): boolean {
  return /^\s*<!--\s*leaddocs-disable\s/.test(comment);
}

/**
 * The edit that turns a rule off for one document: it joins an existing directive or front
 * matter key, else adds the key to the front matter, else adds a comment at the top.
 */
export function disableRuleFix(document: LeadDocument, ruleId: string): Fix {
  return { title: `Disable '${ruleId}' in this document`, edits: [disableRuleEdit(document, ruleId)], safe: false };
}

function disableRuleEdit(document: LeadDocument, ruleId: string): TextEdit {
  const directive = directivesIn(document)[0];
  if (directive !== undefined) return insertAt(directive.listEnd, directive.ids.length === 0 ? ruleId : `, ${ruleId}`);

  const frontMatter = document.frontMatter;
  const entry = frontMatter?.entries.get(disableKey);
  if (entry !== undefined) {
    const written = textOf(document, entry.valueRange);
    if (written.trim() === '') return insertAt(entry.valueRange.end, ` [${ruleId}]`);
    if (written.startsWith('[') && written.endsWith(']')) {
      const closing = { line: entry.valueRange.end.line, character: entry.valueRange.end.character - 1 };
      return insertAt(closing, written.slice(1, -1).trim() === '' ? ruleId : `, ${ruleId}`);
    }
    if (written.startsWith('-')) {
      const indent = ' '.repeat(entry.valueRange.start.character);
      const nextLine = entry.valueRange.end.character === 0 ? entry.valueRange.end.line : entry.valueRange.end.line + 1;
      return insertAt({ line: nextLine, character: 0 }, `${indent}- ${ruleId}${lineEndingOf(document)}`);
    }
    return { range: entry.valueRange, newText: `[${written}, ${ruleId}]` };
  }
  if (frontMatter !== undefined && frontMatter.isMapping && frontMatter.problems.length === 0) {
    return addFrontMatterLines(document, [`${disableKey}: [${ruleId}]`]);
  }
  const eol = lineEndingOf(document);
  return insertAt({ line: document.bodyStartLine, character: 0 }, `<!-- ${disableKey} ${ruleId} -->${eol}${eol}`);
}

function directivesIn(document: LeadDocument): Directive[] {
  const bodyStart = document.lines.offsetOfLine(document.bodyStartLine);
  // Asked of every analysis; almost no document has a directive, so look before copying the body.
  if (document.text.indexOf('leaddocs-disable', bodyStart) < 0) return [];
  const body = document.text.slice(bodyStart);
  const codeLines = new Set<number>();
  for (const block of document.blocks) {
    if (block.kind === 'code') for (let line = block.range.start.line; line <= block.range.end.line; line++) codeLines.add(line);
  }
  const directives: Directive[] = [];
  for (const match of body.matchAll(DIRECTIVE)) {
    const start = document.lines.positionAt(bodyStart + match.index);
    if (codeLines.has(start.line)) continue;
    const written = match[1] ?? '';
    const list = written.trim();
    const listStart = (match.indices?.[1]?.[0] ?? match.index) + written.length - written.trimStart().length;
    const listEndOffset = bodyStart + listStart + list.length;
    directives.push({ ids: splitIds(list), listEnd: document.lines.positionAt(list === '' ? bodyStart + match.index + match[0].length - '-->'.length : listEndOffset) });
  }
  return directives;
}

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return splitIds(value);
  if (Array.isArray(value)) return value.flatMap((item) => (typeof item === 'string' ? splitIds(item) : []));
  return [];
}

function splitIds(list: string): string[] {
  return list.split(/[\s,]+/).filter((id) => id !== '');
}

function textOf(document: LeadDocument, range: TextEdit['range']): string {
  return document.text.slice(document.lines.offsetAt(range.start), document.lines.offsetAt(range.end));
}

function insertAt(position: Position, newText: string): TextEdit {
  return { range: { start: position, end: position }, newText };
}
