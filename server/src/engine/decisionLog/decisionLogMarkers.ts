/** The generated part of a log file sits between these; everything around it is the team's. */
export const DECISION_LOG_START = '<!-- leaddocs:decision-log:start (generated: edit the ADRs, then regenerate) -->';
export const DECISION_LOG_END = '<!-- leaddocs:decision-log:end -->';

const START_PREFIX = '<!-- leaddocs:decision-log:start';

/** The text with the generated block replaced, or the block added at the end when there is none yet. */
export function spliceGeneratedBlock(existing: string | undefined, block: string, heading: string, eol: string): string {
  const generated = `${DECISION_LOG_START}${eol}${block}${DECISION_LOG_END}`;
  if (existing === undefined || existing.trim() === '') return `# ${heading}${eol}${eol}${generated}${eol}`;
  const start = existing.indexOf(START_PREFIX);
  const end = start < 0 ? -1 : existing.indexOf(DECISION_LOG_END, start);
  if (start >= 0 && end >= 0) return existing.slice(0, start) + generated + existing.slice(end + DECISION_LOG_END.length);
  const separator = existing.endsWith(`${eol}${eol}`) ? '' : existing.endsWith(eol) ? eol : `${eol}${eol}`;
  return `${existing}${separator}${generated}${eol}`;
}
