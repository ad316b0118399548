import type { DocumentAnalysis } from '../analysis';
import type { ResolvedDocType } from '../doctypes/docTypeSpec';
import { matchSections, variantsOf } from '../doctypes/sectionMatcher';
import type { Position, Range } from '../text/positions';
import { knowledgeOfKey, schemaProperties, type KeyKnowledge } from './keyKnowledge';
import { disableKey } from '../edits/ruleDisable';
import type { AuthoringContext } from './workspaceKnowledge';
import { yamlScalar } from '../edits/yamlText';

export interface CompletionSuggestion {
  readonly label: string;
  readonly kind: 'key' | 'value' | 'date' | 'person' | 'decision' | 'section';
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** Replaces `range`. */
  readonly insertText: string;
  readonly range: Range;
  /** Keeps the type's own order (sections, enum values) in the list. */
  readonly sortText: string;
}

// `  key: value`, the cursor anywhere after the colon.
const KEY_LINE = /^(\s*)([^\s:#'"-](?:[^:#]*[^\s:#])?)\s*:(\s*)/;
const HEADING_START = /^(#{2,6})[ \t]+/;

/**
 * What an author may type at a position: front matter keys and values, or the type's sections
 * after `## `. Pure: the host passes today's date and what it knows of the workspace.
 */
export function completionsAt(analysis: DocumentAnalysis, docTypes: readonly ResolvedDocType[], position: Position, context: AuthoringContext): CompletionSuggestion[] {
  const { document } = analysis;
  const frontMatter = document.frontMatter;
  const docType = docTypes.find((candidate) => candidate.spec.id === analysis.type);
  if (frontMatter !== undefined && position.line > 0 && position.line < frontMatter.closingLine) {
    return frontMatterCompletions(analysis, docType, docTypes, position, context);
  }
  const line = document.lines.lineText(position.line);
  const heading = HEADING_START.exec(line);
  if (heading !== null && docType !== undefined && position.character >= heading[0].length) {
    return sectionCompletions(analysis, docType, heading[1]?.length ?? 2, { start: { line: position.line, character: heading[0].length }, end: { line: position.line, character: line.length } });
  }
  return [];
}

function frontMatterCompletions(analysis: DocumentAnalysis, docType: ResolvedDocType | undefined, docTypes: readonly ResolvedDocType[], position: Position, context: AuthoringContext): CompletionSuggestion[] {
  const { lines } = analysis.document;
  const text = lines.lineText(position.line);
  const keyLine = KEY_LINE.exec(text);
  const colon = keyLine === null ? -1 : text.indexOf(':', (keyLine[1]?.length ?? 0) + (keyLine[2]?.length ?? 0));
  if (keyLine !== null && position.character > colon) {
    const valueStart = colon + 1 + (keyLine[3]?.length ?? 0);
    return valueCompletions(analysis, docType, docTypes, keyLine[2] ?? '', valueRangeAt(text, position, valueStart), context);
  }
  const item = /^(\s*)-(\s*)/.exec(text);
  if (item !== null && position.character >= item[0].length) {
    const key = parentKey(analysis, position.line);
    if (key === undefined) return [];
    return valueCompletions(analysis, docType, docTypes, key, { start: { line: position.line, character: item[0].length }, end: { line: position.line, character: Math.max(item[0].length, text.trimEnd().length) } }, context);
  }
  if (/^\s/.test(text) && text.trim() !== '') return [];
  // Renaming the key of a `key: value` line keeps its value; a bare word becomes `key: `.
  const range = { start: { line: position.line, character: 0 }, end: { line: position.line, character: keyLine === null ? text.trimEnd().length : colon + 1 } };
  return keyCompletions(analysis, docType, docTypes, range, keyLine === null ? ': ' : ':');
}

function keyCompletions(analysis: DocumentAnalysis, docType: ResolvedDocType | undefined, docTypes: readonly ResolvedDocType[], range: Range, separator: string): CompletionSuggestion[] {
  const present = new Set(analysis.document.frontMatter?.entries.keys() ?? []);
  if (docType === undefined) {
    if (present.has('type')) return [];
    return [{ label: 'type', kind: 'key', detail: 'Leaddocs document type', documentation: `Declares the document's type: ${docTypes.map((candidate) => `\`${candidate.spec.id}\``).join(', ')}.`, insertText: `type${separator}`, range, sortText: '0' }];
  }
  const presentFields = new Set([...present].map((key) => knowledgeOfKey(key, docType).field ?? key));
  const suggestions: CompletionSuggestion[] = [];
  const keys = [...Object.keys(schemaProperties(docType)), disableKey];
  keys.forEach((key, index) => {
    const knowledge = knowledgeOfKey(key, docType);
    if (present.has(key) || presentFields.has(knowledge.field ?? key) || key === '$schema') return;
    const documentation = key === disableKey ? 'Rule ids Leaddocs does not check in this document, for example `[section-order]`.' : describe(knowledge);
    suggestions.push({ label: key, kind: 'key', ...(knowledge.fieldSpec?.label === undefined ? {} : { detail: knowledge.fieldSpec.label }), ...(documentation === undefined ? {} : { documentation }), insertText: `${key}${separator}`, range, sortText: String(index).padStart(3, '0') });
  });
  return suggestions;
}

function valueCompletions(analysis: DocumentAnalysis, docType: ResolvedDocType | undefined, docTypes: readonly ResolvedDocType[], key: string, range: Range, context: AuthoringContext): CompletionSuggestion[] {
  if (key === 'type') return docTypes.map(({ spec }, index) => ({ label: spec.id, kind: 'value', detail: spec.label, insertText: spec.id, range, sortText: String(index).padStart(3, '0') }));
  if (docType === undefined) return [];
  const knowledge = knowledgeOfKey(key, docType);
  const suggestions: CompletionSuggestion[] = knowledge.allowedValues.map((value, index) => ({ label: value, kind: 'value', insertText: yamlScalar(value), range, sortText: String(index).padStart(3, '0') }));
  switch (knowledge.holds) {
    case 'date':
      suggestions.unshift({ label: context.today, kind: 'date', detail: 'Today', insertText: context.today, range, sortText: '000' });
      break;
    case 'people': {
      // Names already in the value are not offered again.
      const written = analysis.document.lines.lineText(range.start.line);
      const elsewhere = written.slice(0, range.start.character) + written.slice(range.end.character);
      for (const person of [...context.people].sort((a, b) => a.localeCompare(b))) {
        if (elsewhere.includes(person)) continue;
        suggestions.push({ label: person, kind: 'person', detail: 'Named in the workspace', insertText: yamlScalar(person), range, sortText: `1${person}` });
      }
      break;
    }
    case 'decisions': {
      const own = analysis.catalogEntry?.number ?? null;
      for (const decision of [...context.decisions].sort((a, b) => a.number - b.number)) {
        if (decision.number === own && decision.uri === analysis.uri) continue;
        suggestions.push({
          label: decision.id,
          kind: 'decision',
          detail: decision.title,
          documentation: [decision.status === null ? undefined : `Status: ${decision.status}`, decision.date === null ? undefined : `Date: ${decision.date}`].filter((part) => part !== undefined).join(' · '),
          insertText: yamlScalar(decision.id),
          range,
          sortText: String(decision.number).padStart(6, '0'),
        });
      }
      break;
    }
    case 'text':
      break;
  }
  return suggestions;
}

function sectionCompletions(analysis: DocumentAnalysis, docType: ResolvedDocType, level: number, range: Range): CompletionSuggestion[] {
  const variants = variantsOf(docType.spec);
  const variant = variants.find((candidate) => candidate.id === (analysis.variant ?? 'default')) ?? variants[0];
  if (variant === undefined) return [];
  const present = matchSections(analysis.document.sections.filter((section) => section.heading.line !== range.start.line), variant.sections);
  const suggestions: CompletionSuggestion[] = [];
  variant.sections.forEach((spec, index) => {
    if ((spec.level ?? 2) !== level || present.has(spec.id)) return;
    if (spec.parent !== undefined && !present.has(spec.parent)) return;
    const documentation = spec.description ?? spec.prompt;
    suggestions.push({ label: spec.title, kind: 'section', detail: spec.required === true ? 'Required section' : 'Section', ...(documentation === undefined ? {} : { documentation }), insertText: spec.title, range, sortText: String(index).padStart(3, '0') });
  });
  return suggestions;
}

/** The value being typed: the whole value, or in a flow list (`[a, b]`) the item at the cursor. */
function valueRangeAt(text: string, position: Position, valueStart: number): Range {
  const line = position.line;
  const value = text.slice(valueStart);
  if (!value.startsWith('[')) return { start: { line, character: valueStart }, end: { line, character: Math.max(valueStart, text.trimEnd().length) } };
  const cursor = Math.max(position.character, valueStart + 1);
  const itemStart = Math.max(text.lastIndexOf(',', cursor - 1), text.lastIndexOf('[', cursor - 1)) + 1;
  const after = text.slice(cursor).search(/[,\]]/);
  const itemEnd = after < 0 ? text.trimEnd().length : cursor + after;
  const leading = text.slice(itemStart, itemEnd).length - text.slice(itemStart, itemEnd).trimStart().length;
  const trailing = text.slice(itemStart, itemEnd).length - text.slice(itemStart, itemEnd).trimEnd().length;
  return { start: { line, character: itemStart + leading }, end: { line, character: Math.max(itemStart + leading, itemEnd - trailing) } };
}

/** The key a block list item belongs to: the nearest line above with less indentation. */
function parentKey(analysis: DocumentAnalysis, line: number): string | undefined {
  const { lines } = analysis.document;
  for (let above = line - 1; above > 0; above--) {
    const keyLine = KEY_LINE.exec(lines.lineText(above));
    if (keyLine !== null && (keyLine[1]?.length ?? 0) === 0) return keyLine[2];
  }
  return undefined;
}

export function describe(knowledge: KeyKnowledge): string | undefined {
  const parts: string[] = [];
  if (knowledge.description !== undefined) parts.push(knowledge.description);
  if (knowledge.allowedValues.length > 0) parts.push(`Allowed values: ${knowledge.allowedValues.map((value) => `\`${value}\``).join(', ')}.`);
  const defaultValue = knowledge.propertySchema?.['default'];
  if (defaultValue !== undefined) parts.push(`Default: \`${String(defaultValue)}\`.`);
  return parts.length === 0 ? undefined : parts.join('\n\n');
}
