import type { DocumentTitle } from '../model/documentTitle';
import type { LeadDocument } from '../model/leadDocument';
import type { NumberSources, TextAtNumber } from './catalogEntry';

// `0012-use-x`, `adr-012-use-x`, `ADR0012`, `PAY-ADR-0001-title`, `ODH-ADR-Operator-0007-x`: a
// number of up to five digits that starts the name or follows an `adr` (or `dr`) word. A number
// further on is part of the title (`upgrade-to-python-3`), and an eight-digit date is no number.
const NUMBER_IN_NAME = /^(?:(?:[a-z0-9]+[-_ ])*?(?:adr|dr)(?:[-_ ][a-z]+)*[-_ ]?)?(\d{1,5})(?=[-_. ]|$)/i;
// `ADR-0012`, `adr 12`, `12`
const ID_NUMBER = /^(?:[A-Za-z]{1,12}[-\s_]?)?0*(\d{1,5})$/;
const FOLDER_INDEX = /^(?:index|readme)$/i;
// `2021-06-05_001-title`: a date before the number is not the number.
const LEADING_DATE = /^\d{4}-\d{2}-\d{2}[-_ ]/;

/** Every place a document writes its number: file (or its folder for `NNNN-x/index.md`), title, front matter id. */
export function numberSources(document: LeadDocument, title: DocumentTitle | null): NumberSources {
  return { fileName: numberInPath(document.path ?? decodeURIComponent(document.uri)), title: titleNumber(title), frontMatter: frontMatterNumber(document) };
}

/** The number in a file's name, or in its folder's name for a one-folder-per-decision `index.md`. */
export function numberInPath(path: string): number | null {
  // The last two segments by lastIndexOf: splitting the whole path cost more than the match.
  const nameStart = path.lastIndexOf('/') + 1;
  let name = path.slice(nameStart).replace(/\.(?:md|markdown)$/i, '');
  if (FOLDER_INDEX.test(name)) name = nameStart === 0 ? '' : path.slice(path.lastIndexOf('/', nameStart - 2) + 1, nameStart - 1);
  const digits = NUMBER_IN_NAME.exec(name.replace(LEADING_DATE, ''))?.[1];
  return digits === undefined ? null : Number(digits);
}

/** The number in a reference as written: `ADR-0005`, `adr 5`, `0005`. */
export function numberInId(text: string): number | null {
  const digits = ID_NUMBER.exec(text.trim())?.[1];
  return digits === undefined ? null : Number(digits);
}

function titleNumber(title: DocumentTitle | null): TextAtNumber | null {
  return title?.number === null || title?.number === undefined ? null : { value: title.number, range: title.range };
}

function frontMatterNumber(document: LeadDocument): TextAtNumber | null {
  const entry = document.frontMatter?.entries.get('id');
  if (entry === undefined) return null;
  const value = typeof entry.value === 'number' && Number.isInteger(entry.value) ? entry.value : typeof entry.value === 'string' ? numberInId(entry.value) : null;
  return value === null ? null : { value, range: entry.valueRange };
}
