/** How a written date reads: fine, fixable to ISO, ambiguous, impossible, or not a date at all. */
export type DateReading =
  | { readonly kind: 'iso' }
  | { readonly kind: 'convertible'; readonly iso: string; readonly written: string }
  | { readonly kind: 'ambiguous'; readonly written: string }
  | { readonly kind: 'impossible'; readonly written: string }
  | { readonly kind: 'unrecognised'; readonly written: string };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function readDate(written: string): DateReading {
  const text = unquoted(written.trim());
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match !== null) return isReal(+match[1]!, +match[2]!, +match[3]!) ? { kind: 'iso' } : { kind: 'impossible', written: text };

  // ISO datetime: the date part is what an ADR means.
  match = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (match !== null) return convertible(+match[1]!, +match[2]!, +match[3]!, text);

  match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match !== null) return convertible(+match[1]!, +match[2]!, +match[3]!, text);

  // DD-MM-YYYY or MM-DD-YYYY: only unambiguous when one part cannot be a month.
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match !== null) {
    const first = +match[1]!;
    const second = +match[2]!;
    const year = +match[3]!;
    if (first > 12 && second <= 12) return convertible(year, second, first, text);
    if (second > 12 && first <= 12) return convertible(year, first, second, text);
    if (first > 12 && second > 12) return { kind: 'impossible', written: text };
    return first === second ? convertible(year, first, second, text) : { kind: 'ambiguous', written: text };
  }

  // "March 5, 2024", "Mar 5 2024", "5 March 2024", "5th March, 2024", "11-April-2023"
  match = /^([A-Za-z]+)\.?[\s./-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s./-]+(\d{4})$/.exec(text);
  if (match !== null) {
    const month = monthNumber(match[1]!);
    if (month !== undefined) return convertible(+match[3]!, month, +match[2]!, text);
  }
  match = /^(\d{1,2})(?:st|nd|rd|th)?[\s./-]+([A-Za-z]+)\.?,?[\s./-]+(\d{4})$/.exec(text);
  if (match !== null) {
    const month = monthNumber(match[2]!);
    if (month !== undefined) return convertible(+match[3]!, month, +match[1]!, text);
  }
  return { kind: 'unrecognised', written: text };
}

const QUOTE = /^["']|["']$/g;

/** Without one quote at either end; most dates have none, and then no pattern runs. */
export function unquoted(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first === 34 || first === 39 || last === 34 || last === 39 ? text.replace(QUOTE, '') : text;
}

function convertible(year: number, month: number, day: number, written: string): DateReading {
  if (!isReal(year, month, day)) return { kind: 'impossible', written };
  return { kind: 'convertible', iso: `${year}-${pad(month)}-${pad(day)}`, written };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isReal(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number));
}

/** Gregorian, with years 0–99 read as 1900–1999 as `Date.UTC` reads them (this used to ask a Date). */
function isLeapYear(written: number): boolean {
  const year = written >= 0 && written <= 99 ? 1900 + written : written;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index < 0 ? undefined : index + 1;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
