import type { Token } from 'markdown-it';
import type { InlineRun } from './exportModel';
import { safeHref } from './safeLink';

const COMMENT = /^<!--[\s\S]*?-->$/;

type Marks = { bold: number; italic: number; strike: number; href: string[] };

/**
 * Flattens markdown-it's inline tokens into runs of text with marks. Raw HTML arrives as text
 * (it is content the author typed, never markup we execute); HTML comments are template
 * prompts and are dropped.
 */
export function inlineRuns(inline: Token | undefined): InlineRun[] {
  if (inline === undefined) return [];
  const runs: InlineRun[] = [];
  const marks: Marks = { bold: 0, italic: 0, strike: 0, href: [] };
  const add = (text: string, code = false): void => {
    if (text === '') return;
    const href = marks.href[marks.href.length - 1];
    const run: InlineRun = {
      text,
      ...(marks.bold > 0 ? { bold: true } : {}),
      ...(marks.italic > 0 ? { italic: true } : {}),
      ...(marks.strike > 0 ? { strike: true } : {}),
      ...(code ? { code: true } : {}),
      ...(href !== undefined && href !== '' ? { href } : {}),
    };
    const previous = runs[runs.length - 1];
    if (previous !== undefined && sameMarks(previous, run)) runs[runs.length - 1] = { ...previous, text: previous.text + text };
    else runs.push(run);
  };
  for (const child of inline.children ?? []) {
    switch (child.type) {
      case 'text':
        add(child.content);
        break;
      case 'code_inline':
        add(child.content, true);
        break;
      case 'softbreak':
        add(' ');
        break;
      case 'hardbreak':
        add('\n');
        break;
      case 'strong_open':
        marks.bold++;
        break;
      case 'strong_close':
        marks.bold--;
        break;
      case 'em_open':
        marks.italic++;
        break;
      case 'em_close':
        marks.italic--;
        break;
      case 's_open':
        marks.strike++;
        break;
      case 's_close':
        marks.strike--;
        break;
      case 'link_open':
        // An unsafe target is pushed as '' so its close pops the right entry.
        marks.href.push(safeHref(child.attrGet('href')) ?? '');
        break;
      case 'link_close':
        marks.href.pop();
        break;
      case 'image': {
        // An export makes no remote requests: an image becomes a link to it, named by its alt text.
        const src = safeHref(child.attrGet('src'));
        const alt = child.children?.map((c: Token) => c.content).join('') || 'image';
        marks.href.push(src ?? '');
        add(`[${alt}]`);
        marks.href.pop();
        break;
      }
      case 'html_inline':
        if (!COMMENT.test(child.content.trim())) add(child.content);
        break;
      default:
        if (child.content !== '') add(child.content);
        break;
    }
  }
  return trimRuns(runs);
}

export function plainText(runs: readonly InlineRun[]): string {
  return runs.map((run) => run.text).join('');
}

function sameMarks(a: InlineRun, b: InlineRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.code === b.code && a.href === b.href;
}

function trimRuns(runs: InlineRun[]): InlineRun[] {
  const first = runs[0];
  if (first !== undefined && !first.code) runs[0] = { ...first, text: first.text.trimStart() };
  const last = runs[runs.length - 1];
  if (last !== undefined && !last.code) runs[runs.length - 1] = { ...last, text: last.text.trimEnd() };
  return runs.filter((run) => run.text !== '');
}
