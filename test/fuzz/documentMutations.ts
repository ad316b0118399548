import fc from 'fast-check';
import { sectionSnippetTexts, type SeedDocument } from './fuzzSeeds';

/**
 * Damage done to a document, as data: a failing case prints as the seed's name and this list,
 * and fast-check shrinks it (fewer mutations, smaller positions, shorter runs) to a minimal one.
 * Positions are taken modulo the text's length, so any number means somewhere in the document.
 */
export type Mutation =
  | { readonly kind: 'flip-bit'; readonly at: number; readonly bit: number }
  | { readonly kind: 'delete-line'; readonly at: number }
  | { readonly kind: 'duplicate-lines'; readonly at: number; readonly count: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'splice'; readonly at: number; readonly fragment: string }
  | { readonly kind: 'nest'; readonly at: number; readonly shape: NestingShape; readonly depth: number }
  | { readonly kind: 'run'; readonly at: number; readonly unit: string; readonly count: number }
  | { readonly kind: 'bom' }
  | { readonly kind: 'line-endings'; readonly eol: '\r\n' | '\r' }
  | { readonly kind: 'lone-cr'; readonly at: number };

export type NestingShape = 'flow-mapping' | 'flow-sequence' | 'block-mapping' | 'block-sequence' | 'quote' | 'list' | 'emphasis' | 'link' | 'html';

/** How far the generated damage goes; the long run and the suite share the defaults. */
export interface MutationScale {
  readonly maxMutations: number;
  readonly maxDepth: number;
  readonly maxRun: number;
}

export const defaultMutationScale: MutationScale = { maxMutations: 4, maxDepth: 2_000, maxRun: 20_000 };

/** YAML as authors and attackers write it: issue 8's reproducers, anchors, tags, broken quoting. */
const yamlFragments = [
  '---', '...', 'status: acepted', 'status: Accepted', 'status:', 'date: 14-03-2025', 'date: March 5, 2024', 'date: 2024-13-45', 'type: adr', 'type: brief', 'type: postmortem',
  'decision-makers: [Ana Lima, Ben Osei], Carol\n  and Dan', 'title: {a: [b, {c: d}]}, e', 'a: &x [*x]', 'base: &b {k: v}\nother: *b\n<<: *b', 'key: !!binary AAAA', 'key: !custom x',
  '? complex\n: key', 'title: "unterminated', "title: 'it''s", '- - -', 'key: |\n  block\n text', 'key: >-\n folded', '%YAML 1.2', '\tkey: tabbed', 'leaddocs: off', 'leaddocs-disable: [date-format, unknown-status]',
  'status: {title}', 'date: "{YYYY-MM-DD}"', 'severity: sev2', 'cadence: wekly', 'key: value # comment', ': no key', 'key:: double', '"quoted key": 1', 'deep:\n  deeper:\n    deepest: 1',
];

/** Markdown where parsers and the rules' patterns are most likely to stumble. */
const markdownFragments = [
  '# Title', '## Status', '## Status\n\nAccepted', '### ', '#', '```', '```yaml\n---\n', '~~~', '<!--', '-->', '<!-- a -- b -->', '[x](', '![', '](', '[a][b]', '[a]: <', '<details>', '</div>',
  '| Status | Accepted |\n|---|---|', '|', '> ', '* Status: accepted', '* Date: 2024-03-05', 'Date: 2024-13-45', 'Date: 05/03/2024', '{title}', '{{title}}', 'Superseded by ADR-0001', 'Superceded by [ADR 2](0002-x.md)',
  'Rejected in favour of ADR 111', '- [ ] {action} — @{owner}, due 2024-03-05', '**Accepted**', '\\', '&#x0;', '&amp;', '\u0000', '\uD800', '\uDFFF', '\uFFFE', '\u2028', '\t', '    indented code', '---\n---', '***', '===',
];

const runUnits = ['[', ']', '{', '}', '(', ' ', '\t', '\n', '*', '_', '`', '<!--', '![', '[a](', '-', '#', '|', ':', 'a', '\\', '<', '>', '"', "'", '=', '- ', '> ', '{x}', '\r\n', '\r'];

const nestingShapes: readonly NestingShape[] = ['flow-mapping', 'flow-sequence', 'block-mapping', 'block-sequence', 'quote', 'list', 'emphasis', 'link', 'html'];

export function mutationArbitrary(scale: MutationScale = defaultMutationScale): fc.Arbitrary<Mutation> {
  const fragments = [...yamlFragments, ...markdownFragments, ...sectionSnippetTexts()];
  const at = fc.nat();
  return fc.oneof(
    fc.record({ kind: fc.constant('flip-bit' as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('delete-line' as const), at }),
    fc.record({ kind: fc.constant('duplicate-lines' as const), at, count: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at }),
    fc.record({ kind: fc.constant('splice' as const), at, fragment: fc.constantFrom(...fragments) }),
    fc.record({ kind: fc.constant('nest' as const), at, shape: fc.constantFrom(...nestingShapes), depth: fc.integer({ min: 1, max: scale.maxDepth }) }),
    fc.record({ kind: fc.constant('run' as const), at, unit: fc.constantFrom(...runUnits), count: fc.integer({ min: 1, max: scale.maxRun }) }),
    fc.constant({ kind: 'bom' as const }),
    fc.record({ kind: fc.constant('line-endings' as const), eol: fc.constantFrom('\r\n' as const, '\r' as const) }),
    fc.record({ kind: fc.constant('lone-cr' as const), at }),
  );
}

/** A seed and the damage done to it; `text` is the result the properties are checked on. */
export interface MutatedDocument {
  readonly seed: string;
  readonly path: string;
  readonly mutations: readonly Mutation[];
  readonly text: string;
}

export function mutatedDocumentArbitrary(seeds: readonly SeedDocument[], scale: MutationScale = defaultMutationScale): fc.Arbitrary<MutatedDocument> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutationArbitrary(scale), { minLength: 1, maxLength: scale.maxMutations }))
    .map(([seed, mutations]) => {
      const document = { seed: seed.name, path: seed.path, mutations, text: mutations.reduce(applyMutation, seed.text) };
      // A counterexample prints as its recipe: the text itself can run to tens of kilobytes.
      return Object.assign(document, { [fc.toStringMethod]: () => describeMutatedDocument(document) });
    });
}

/** The seed and the mutations, enough to rebuild the document with `applyMutation`. */
export function describeMutatedDocument(document: MutatedDocument): string {
  return `${JSON.stringify(document.seed)} (${document.path}, ${document.text.length} characters) after ${JSON.stringify(document.mutations)}`;
}

export function applyMutation(text: string, mutation: Mutation): string {
  switch (mutation.kind) {
    case 'flip-bit':
      return flipBit(text, mutation.at, mutation.bit);
    case 'delete-line': {
      const lines = text.split('\n');
      lines.splice(mutation.at % lines.length, 1);
      return lines.join('\n');
    }
    case 'duplicate-lines': {
      const lines = text.split('\n');
      const from = mutation.at % lines.length;
      lines.splice(from, 0, ...lines.slice(from, from + mutation.count));
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, mutation.at % (text.length + 1));
    case 'splice':
      return insertAt(text, mutation.at, mutation.fragment);
    case 'nest':
      return insertAt(text, mutation.at, nested(mutation.shape, mutation.depth));
    case 'run':
      return insertAt(text, mutation.at, mutation.unit.repeat(mutation.count));
    case 'bom':
      return '\uFEFF' + text;
    case 'line-endings':
      return text.replace(/\r?\n/g, mutation.eol);
    case 'lone-cr': {
      // At a line end, so the file mixes `\n` with a lone `\r` terminator.
      const ends = [...text.matchAll(/\n/g)].map((match) => match.index);
      if (ends.length === 0) return text + '\r';
      const end = ends[mutation.at % ends.length] as number;
      return text.slice(0, end) + '\r' + text.slice(end + 1);
    }
  }
}

function insertAt(text: string, at: number, inserted: string): string {
  const offset = at % (text.length + 1);
  return text.slice(0, offset) + inserted + text.slice(offset);
}

/** One bit of the UTF-8 encoding flipped: the file an unlucky disk or a bad paste leaves behind. */
function flipBit(text: string, at: number, bit: number): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length === 0) return text;
  const index = at % bytes.length;
  bytes[index] = (bytes[index] as number) ^ (1 << bit);
  return new TextDecoder().decode(bytes);
}

// Indentation grows with depth, so block nesting costs depth² characters: 200 levels is 40 KB.
const MAX_INDENTED_DEPTH = 200;

function nested(shape: NestingShape, depth: number): string {
  const indented = Math.min(depth, MAX_INDENTED_DEPTH);
  switch (shape) {
    case 'flow-mapping':
      return `title: ${'{a: '.repeat(depth)}`;
    case 'flow-sequence':
      return `title: ${'['.repeat(depth)}`;
    case 'block-mapping':
      return Array.from({ length: indented }, (_, level) => `${'  '.repeat(level)}k${level}:`).join('\n');
    case 'block-sequence':
      return Array.from({ length: indented }, (_, level) => `${'  '.repeat(level)}-`).join('\n');
    case 'quote':
      return '> '.repeat(depth) + 'deep';
    case 'list':
      return Array.from({ length: indented }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
    case 'emphasis':
      return '*_'.repeat(depth) + 'deep' + '_*'.repeat(depth);
    case 'link':
      return '[a '.repeat(depth) + '](x)'.repeat(depth);
    case 'html':
      return '<div>'.repeat(depth) + 'deep' + '</div>'.repeat(depth);
  }
}
