/**
 * A skeleton as data: lines of literal text, tab stops, choices and today's date. One skeleton
 * renders two ways, as a VS Code snippet body and as a new-document template, so the two
 * never say different things.
 */

export type Part =
  | { readonly kind: 'text'; readonly text: string }
  /** A tab stop; `id` lets a later `mirror` repeat what the author types here. */
  | { readonly kind: 'stop'; readonly placeholder: string; readonly id?: string }
  | { readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly kind: 'mirror'; readonly id: string }
  /** Filled by the new-document commands: `{{title}}`, `{{date}}`, `{{number}}` in a template. */
  | { readonly kind: 'title'; readonly placeholder: string }
  | { readonly kind: 'today' }
  | { readonly kind: 'number'; readonly placeholder: string }
  | { readonly kind: 'time' };

export type Line = readonly Part[];

export const text = (value: string): Part => ({ kind: 'text', text: value });
export const stop = (placeholder: string, id?: string): Part => (id === undefined ? { kind: 'stop', placeholder } : { kind: 'stop', placeholder, id });
export const choice = (options: readonly string[]): Part => ({ kind: 'choice', options });
export const mirror = (id: string): Part => ({ kind: 'mirror', id });
export const title = (placeholder: string): Part => ({ kind: 'title', placeholder });
export const today = (): Part => ({ kind: 'today' });
export const number = (placeholder: string): Part => ({ kind: 'number', placeholder });
export const time = (): Part => ({ kind: 'time' });

/**
 * A prompt from a doctype as something to fill in. Braces already in the prompt
 * (`Chosen option: "{title of option}"`) become tab stops of their own; a plain prompt becomes
 * one `{…}` placeholder, which the `unfilled-placeholder` rule reports until it is replaced.
 */
export function prompt(value: string): Part[] {
  if (!value.includes('{')) return [stop(`{${value}}`)];
  return value.split(/(\{[^{}]+\})/).filter((piece) => piece !== '').map((piece) => (piece.startsWith('{') ? stop(piece) : text(piece)));
}

const DATE_VARIABLES = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';
const TIME_VARIABLES = '$CURRENT_HOUR:$CURRENT_MINUTE';

// Inside a placeholder, `$`, `}` and `\` are syntax; inside a choice, `,` and `|` are too.
const escapePlaceholder = (value: string): string => value.replace(/[\\$}]/g, (c) => `\\${c}`);
const escapeChoice = (value: string): string => value.replace(/[\\$}|,]/g, (c) => `\\${c}`);
const escapeText = (value: string): string => value.replace(/[\\$]/g, (c) => `\\${c}`);

/** The snippet body, one string per line, tab stops numbered in reading order. */
export function snippetBody(lines: readonly Line[]): string[] {
  let next = 1;
  const ids = new Map<string, number>();
  const render = (part: Part): string => {
    switch (part.kind) {
      case 'text':
        return escapeText(part.text);
      case 'mirror': {
        const index = ids.get(part.id);
        if (index === undefined) throw new Error(`mirror of '${part.id}' comes before its tab stop`);
        return `\${${index}}`;
      }
      case 'choice':
        return `\${${next++}|${part.options.map(escapeChoice).join(',')}|}`;
      case 'today':
        return `\${${next++}:${DATE_VARIABLES}}`;
      case 'time':
        return `\${${next++}:${TIME_VARIABLES}}`;
      case 'stop': {
        const index = next++;
        if (part.id !== undefined) ids.set(part.id, index);
        return `\${${index}:${escapePlaceholder(part.placeholder)}}`;
      }
      case 'title':
      case 'number':
        return `\${${next++}:${escapePlaceholder(part.placeholder)}}`;
    }
  };
  return lines.map((line) => line.map(render).join(''));
}

/**
 * The template text: tab stops keep their placeholder, choices their first option, and the
 * parts a new-document command fills become `{{title}}`, `{{date}}` and `{{number}}`.
 */
export function templateText(lines: readonly Line[]): string {
  const typed = new Map<string, string>();
  const render = (part: Part): string => {
    switch (part.kind) {
      case 'text':
        return part.text;
      case 'stop':
        if (part.id !== undefined) typed.set(part.id, part.placeholder);
        return part.placeholder;
      case 'mirror':
        return typed.get(part.id) ?? '';
      case 'choice':
        return part.options[0] ?? '';
      case 'title':
        return '{{title}}';
      case 'today':
        return '{{date}}';
      case 'number':
        return '{{number}}';
      case 'time':
        return '{HH:MM}';
    }
  };
  return lines.map((line) => line.map(render).join('')).join('\n');
}
