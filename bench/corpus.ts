/**
 * A generated corpus of leadership documents in the shapes found in real repositories, with
 * their usual defects, so the benchmark measures what an editor or CI actually sees.
 */
export interface CorpusDocument {
  readonly path: string;
  readonly text: string;
}

/** A small deterministic PRNG (mulberry32), so every run measures the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'latency budget queue tenant cache replica schema rollout incident owner migration contract throughput quota region failover audit cost vendor platform'.split(' ');
const STATUSES = ['accepted', 'Accepted', '**Accepted**', 'proposed', 'PROPOSED', 'Superseded by ADR-0007', 'Rejected in favour of ADR 3', 'deprecated', 'In Review', 'bananas'];

export function generateCorpus(count: number, seed = 42): CorpusDocument[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sentence = (): string => {
    const length = 8 + Math.floor(next() * 14);
    const words = Array.from({ length }, () => pick(WORDS));
    return words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  };
  const paragraph = (): string => Array.from({ length: 2 + Math.floor(next() * 4) }, sentence).join(' ');
  const bullets = (n: number, make: (i: number) => string): string => Array.from({ length: n }, (_, i) => `- ${make(i)}`).join('\n');
  const date = (): string => (next() < 0.85 ? `2025-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}` : pick(['12-25-2021', 'March 5, 2024', '2021-13-01']));

  const shapes: Array<(i: number) => CorpusDocument> = [
    (i) => ({
      path: `docs/decisions/${String(i).padStart(4, '0')}-madr.md`,
      text: `---\nstatus: ${pick(STATUSES)}\ndate: ${date()}\ndecision-makers: [Ana, Ben]\n---\n\n# Use ${pick(WORDS)} for ${pick(WORDS)}\n\n## Context and Problem Statement\n\n${paragraph()}\n\n## Decision Drivers\n\n${bullets(3, sentence)}\n\n## Considered Options\n\n${bullets(2 + Math.floor(next() * 3), () => pick(WORDS))}\n\n## Decision Outcome\n\nChosen option: "${pick(WORDS)}", because ${sentence()}\n\n### Consequences\n\n${bullets(3, () => `Good, because ${sentence()}`)}\n\n${next() < 0.3 ? '## More Information\n\n{link to related decisions}\n' : ''}`,
    }),
    (i) => ({
      path: `doc/adr/${String(i).padStart(4, '0')}-nygard.md`,
      text: `# ${i}. Record ${pick(WORDS)} decisions\n\nDate: ${date()}\n\n## Status\n\n${pick(STATUSES)}\n\n## Context\n\n${paragraph()}\n\n${paragraph()}\n\n## Decision\n\nWe will ${sentence()}\n\n${next() < 0.8 ? `## Consequences\n\n${paragraph()}\n` : ''}`,
    }),
    (i) => ({
      path: `adr/${20250100 + i}-log4brains.md`,
      text: `# ${sentence()}\n\n- Status: ${pick(STATUSES)}\n- Deciders: Ana, Ben\n- Date: ${date()}\n\n## Context and Problem Statement\n\n${paragraph()}\n\n## Considered Options\n\n${bullets(3, () => pick(WORDS))}\n\n## Decision Outcome\n\nChosen option: "${pick(WORDS)}", because ${sentence()}\n\n### Positive Consequences <!-- optional -->\n\n${bullets(2, sentence)}\n`,
    }),
    (i) => ({
      path: `briefs/brief-${i}.md`,
      text: `---\ntype: brief\ntitle: ${pick(WORDS)} program\nauthor: Ana\ndate: ${date()}\n---\n\n# ${pick(WORDS)} program\n\n## Summary\n\n${paragraph()}\n\n## Business Impact\n\n${paragraph()}\n\n## Risks\n\n| Risk | Likelihood | Impact | Mitigation |\n|---|---|---|---|\n| ${sentence()} | Medium | High | ${sentence()} |\n\n## Asks\n\n${bullets(2, () => `Approve ${pick(WORDS)} budget of $${Math.floor(next() * 900)}k`)}\n\n## Action Items\n\n${bullets(3, () => `${sentence()} — Owner: @ana, due 2026-01-15`)}\n`,
    }),
    (i) => ({
      path: `postmortems/incident-${i}.md`,
      text: `---\ntype: postmortem\ndate: ${date()}\nseverity: SEV2\n---\n\n# Incident ${i}\n\n## Summary\n\n${paragraph()}\n\n## Impact\n\n${paragraph()}\n\n## Timeline\n\n${bullets(6, (k) => `10:${String(k * 7).padStart(2, '0')} UTC ${sentence()}`)}\n\n## Contributing Factors\n\n${bullets(3, sentence)}\n\n## Lessons Learned\n\n${bullets(3, sentence)}\n\n## Action Items\n\n${bullets(3, () => `${sentence()} (owner: @ben, due 2026-02-01)`)}\n`,
    }),
    (i) => ({
      path: `mentorship/plan-${i}.md`,
      text: `---\ntype: mentorship-plan\nmentor: Ana\nmentee: Ben\nstart: ${date()}\ncadence: biweekly\n---\n\n# Mentorship plan\n\n## Goals\n\n${bullets(3, () => `${sentence()} Success metric: from 2 to 5 design reviews per quarter`)}\n\n## Cadence\n\nBiweekly, 45 minutes.\n\n## Feedback Log\n\n${bullets(4, () => `${date()}: ${sentence()}`)}\n`,
    }),
    (i) => ({ path: `notes/notes-${i}.md`, text: `# Notes ${i}\n\n${paragraph()}\n\n## Status\n\n${paragraph()}\n\n${bullets(5, sentence)}\n` }),
  ];
  return Array.from({ length: count }, (_, i) => (shapes[i % shapes.length] as (i: number) => CorpusDocument)(i));
}
