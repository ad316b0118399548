/**
 * Reads the expectations a fixture carries inline:
 * `<!-- expect: code, code -->` at the end of a markdown line, `# expect: code` at the end of a
 * front matter line, and optionally `<!-- expect-score: 60 -->` anywhere.
 */
export interface FixtureExpectations {
  /** `code@line` (zero-based line), one entry per expected finding. */
  readonly findings: string[];
  readonly score: number | undefined;
}

const MARKDOWN_MARKER = /<!--\s*expect:\s*([^>]*?)\s*-->/g;
const YAML_MARKER = /#\s*expect:\s*(.+?)\s*$/;
const SCORE_MARKER = /<!--\s*expect-score:\s*(\d+)\s*-->/;

export function readExpectations(text: string): FixtureExpectations {
  const lines = text.split(/\r\n|\r|\n/);
  const closingFence = lines[0]?.trim() === '---' ? lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line)) : -1;
  const findings: string[] = [];
  let score: number | undefined;
  lines.forEach((line, index) => {
    const codes: string[] = [];
    if (index > 0 && index < closingFence) {
      const yaml = YAML_MARKER.exec(line);
      if (yaml?.[1] !== undefined) codes.push(...splitCodes(yaml[1]));
    }
    for (const match of line.matchAll(MARKDOWN_MARKER)) codes.push(...splitCodes(match[1] ?? ''));
    for (const code of codes) findings.push(`${code}@${index}`);
    const scoreMatch = SCORE_MARKER.exec(line);
    if (scoreMatch?.[1] !== undefined) score = Number(scoreMatch[1]);
  });
  return { findings: findings.sort(), score };
}

function splitCodes(list: string): string[] {
  return list
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
}
