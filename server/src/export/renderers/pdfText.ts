/**
 * pdfkit's standard fonts encode text as Windows-1252 (WinAnsi): anything outside it prints
 * as mojibake. Common symbols get a readable stand-in, accented letters lose the accent
 * (NFKD), and whatever is left becomes "?" and is counted so the export can say so.
 */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const STAND_INS: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '✓': 'v',
  '✔': 'v',
  '☑': '[x]',
  '☐': '[ ]',
  '✗': 'x',
  '✘': 'x',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '′': "'",
  '″': '"',
  'Ł': 'L',
  'ł': 'l',
  'Đ': 'D',
  'đ': 'd',
  'ı': 'i',
};

function encodable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code < 0x7f) || code === 0x0a || code === 0x09 || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char);
}

export class PdfTextEncoder {
  /** Characters that had no stand-in; reported once per export. */
  readonly unrepresentable = new Set<string>();

  text(input: string): string {
    let out = '';
    for (const char of input) {
      if (encodable(char)) out += char;
      else if (STAND_INS[char] !== undefined) out += STAND_INS[char];
      else {
        const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
        if (base !== '' && [...base].every(encodable)) out += base;
        else if (/\p{Extended_Pictographic}|[\ufe0f\u200d]/u.test(char)) {
          // Emoji carry tone, not content; dropping them is kinder than a row of "?".
          if (char !== '\ufe0f' && char !== '\u200d') this.unrepresentable.add(char);
        } else {
          out += '?';
          this.unrepresentable.add(char);
        }
      }
    }
    return out;
  }
}
