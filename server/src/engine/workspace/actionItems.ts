import type { Block, Section } from '../model/blocks';
import type { LeadDocument } from '../model/leadDocument';
import type { ActionItem } from './catalogEntry';
import { dateInText } from './datedText';

// `- [x] Rotate keys`, `* [ ] Add alert`
const TASK_BOX = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]/;
// `@dana`, `owner: Dana Li`, `(Dana)` is too loose to read as an owner.
const HANDLE = /(?:^|[\s(,])@([\w.-]{1,39})/;
const OWNER_PHRASE = /\bowners?\s*:\s*([^,;—–|]{1,60})/i;
const DONE_WORDS = /^(?:done|complete|completed|closed|fixed|resolved|shipped|✅|✔️?|☑️?|yes)\b/i;

/**
 * The action items of a section: list items (a task box says whether it is done) or table rows
 * (Owner, Due and Status columns by their header). Nested sub-items belong to their parent.
 */
export function actionItemsIn(document: LeadDocument, section: Section): ActionItem[] {
  const items: ActionItem[] = [];
  for (const block of allBlocks(section, [])) {
    if (block.kind === 'listItem' && block.depth === 0) items.push(fromListItem(document, block));
    else if (block.kind === 'tableRow' && block.header !== true && block.cells !== undefined) items.push(fromTableRow(block));
  }
  return items.filter((item) => item.text.trim() !== '');
}

function fromListItem(document: LeadDocument, block: Block): ActionItem {
  const source = document.lines.lineText(block.range.start.line);
  const box = TASK_BOX.exec(source)?.[1];
  const text = block.text.replace(/^\[[ xX]\]\s*/, '');
  return {
    text,
    owner: ownerIn(source),
    due: dateInText(text),
    done: box === 'x' || box === 'X' || /^~~.*~~$/.test(text.trim()),
    range: block.range,
  };
}

function fromTableRow(block: Block): ActionItem {
  const cells = block.cells ?? [];
  const header = (block.headerCells ?? []).map((cell) => cell.trim().toLowerCase());
  const column = (pattern: RegExp): string | undefined => {
    const index = header.findIndex((name) => pattern.test(name));
    return index < 0 ? undefined : cells[index]?.trim();
  };
  const owner = column(/^(?:owner|owners|assignee|who|dri|responsible)$/);
  const due = column(/^(?:due|due date|deadline|by|target date|eta|when)$/);
  const status = column(/^(?:status|state|done)$/);
  const text = column(/^(?:action|action item|item|task|description|what)$/) ?? cells.find((cell) => cell.trim() !== '') ?? '';
  return {
    text,
    owner: owner === undefined || owner === '' ? null : owner.replace(/^@/, ''),
    due: due === undefined ? dateInText(cells.join(' ')) : dateInText(`due ${due}`),
    done: status !== undefined && DONE_WORDS.test(status) || /\[[xX]\]/.test(cells.join(' ')),
    range: block.range,
  };
}

function ownerIn(source: string): string | null {
  const handle = HANDLE.exec(source)?.[1];
  if (handle !== undefined) return handle;
  const named = OWNER_PHRASE.exec(source)?.[1]?.trim();
  return named === undefined || named === '' ? null : named;
}

/** A section's blocks, then its subsections' in order; pushed into one array rather than spread and flattened per level. */
function allBlocks(section: Section, into: Block[]): Block[] {
  for (const block of section.blocks) into.push(block);
  for (const child of section.children) allBlocks(child, into);
  return into;
}
