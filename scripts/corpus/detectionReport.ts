// What the engine decided on labelled documents, measured against issue 9's targets: recall and
// precision per type, negatives typed, ADR status accuracy, and every miss with what the engine saw.
// Shared by `npm run eval:detection` (every split of the full corpus) and the unit test that runs
// on the committed sample (test/corpus/sample), so both measure the same way.
import type { DocumentAnalysis } from '../../server/src/engine';
import type { CorpusLabel } from './corpusLabels';

export const detectionTargets = { adrRecall: 0.98, postmortemRecall: 0.9, negativesTyped: 0.01, adrStatus: 0.97 };
const labelledTypes = ['adr', 'postmortem'] as const;

export interface DetectionOutcome {
  readonly label: CorpusLabel;
  readonly analysis: DocumentAnalysis;
}

export interface TargetResult {
  readonly name: string;
  readonly value: number;
  readonly target: number;
  /** True when the value must reach the target, false when it must stay at or below it. */
  readonly atLeast: boolean;
  readonly met: boolean;
}

export interface DetectionReport {
  readonly lines: readonly string[];
  readonly results: readonly TargetResult[];
}

const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

/** Why the engine decided as it did: its own explanation when it gives one, else what it saw. */
function explanation(analysis: DocumentAnalysis): string {
  if (analysis.detection !== null) return JSON.stringify(analysis.detection);
  const headings = analysis.document.headings.filter((heading) => heading.level > 1).map((heading) => heading.text);
  const shown = headings.slice(0, 8).join(' / ') + (headings.length > 8 ? ' / …' : '');
  const by = analysis.detectedBy === null ? '' : `by ${analysis.detectedBy}; `;
  return `${by}headings: ${shown || '(none below the title)'}`;
}

/** `Superseded by [ADR-0019](0019-x.md)` and a label `0019` name the same decision. */
function sameTarget(read: string | null, labelled: string): boolean {
  if (read === null) return false;
  const number = (text: string): number | undefined => {
    const digits = /\d+/.exec(text);
    return digits === null ? undefined : Number(digits[0]);
  };
  const [a, b] = [number(read), number(labelled)];
  if (a !== undefined && b !== undefined) return a === b;
  return read.trim().toLowerCase() === labelled.trim().toLowerCase();
}

export function detectionReport(outcomes: readonly DetectionOutcome[]): DetectionReport {
  const labels = outcomes.map((outcome) => outcome.label);
  const lines: string[] = [`Detection on ${outcomes.length} labelled documents (${new Set(labels.map((l) => l.source.repo)).size} repositories)`, ''];
  lines.push('type         labelled  typed  right  precision  recall');
  const recall: Record<string, number> = {};
  for (const type of labelledTypes) {
    const labelled = outcomes.filter((o) => o.label.type === type).length;
    const typed = outcomes.filter((o) => o.analysis.type === type).length;
    const right = outcomes.filter((o) => o.label.type === type && o.analysis.type === type).length;
    recall[type] = labelled === 0 ? 1 : right / labelled;
    lines.push(`${type.padEnd(12)} ${String(labelled).padStart(8)} ${String(typed).padStart(6)} ${String(right).padStart(6)} ${percent(right, typed).padStart(10)} ${percent(right, labelled).padStart(7)}`);
  }
  const negatives = outcomes.filter((o) => o.label.type === null);
  const negativesTyped = negatives.filter((o) => o.analysis.type !== null);
  lines.push('', `negatives typed: ${negativesTyped.length} / ${negatives.length} (${percent(negativesTyped.length, negatives.length)})`);

  const adrsWithStatus = outcomes.filter((o) => o.label.type === 'adr' && typeof o.label.status === 'string');
  const statusRight = adrsWithStatus.filter((o) => o.analysis.type === 'adr' && o.analysis.status?.value === o.label.status);
  const withTarget = adrsWithStatus.filter((o) => typeof o.label.statusTarget === 'string');
  const targetRight = withTarget.filter((o) => sameTarget(o.analysis.status?.target ?? null, o.label.statusTarget ?? ''));
  const invented = outcomes.filter((o) => o.label.type === 'adr' && o.label.status === null && o.analysis.type === 'adr' && (o.analysis.status?.value ?? null) !== null);
  const typedWithStatus = adrsWithStatus.filter((o) => o.analysis.type === 'adr').length;
  lines.push(`ADR status right: ${statusRight.length} / ${adrsWithStatus.length} (${percent(statusRight.length, adrsWithStatus.length)}); of the ADRs typed: ${statusRight.length} / ${typedWithStatus} (${percent(statusRight.length, typedWithStatus)})`);
  lines.push(`supersession targets right: ${targetRight.length} / ${withTarget.length}; a status read where none is written: ${invented.length}`);

  // Whole collections are recognised or missed together, so each repository's share tells where to look.
  lines.push('', 'by repository (typed right / labelled; negatives typed):');
  for (const repo of [...new Set(labels.map((label) => label.source.repo))]) {
    const mine = outcomes.filter((o) => o.label.source.repo === repo);
    const parts = labelledTypes.flatMap((type) => {
      const labelled = mine.filter((o) => o.label.type === type);
      return labelled.length === 0 ? [] : [`${type} ${labelled.filter((o) => o.analysis.type === type).length}/${labelled.length}`];
    });
    const negativesHere = mine.filter((o) => o.label.type === null);
    if (negativesHere.length > 0) parts.push(`negatives ${negativesHere.filter((o) => o.analysis.type !== null).length}/${negativesHere.length}`);
    lines.push(`  ${repo.padEnd(58)} ${parts.join(', ')}`);
  }

  const section = (title: string, entries: readonly string[]): void => {
    if (entries.length === 0) return;
    lines.push('', `${title} (${entries.length}):`, ...entries.map((entry) => `  ${entry}`));
  };
  for (const type of labelledTypes) {
    section(`${type} missed`, outcomes.filter((o) => o.label.type === type && o.analysis.type !== type).map((o) => `${o.label.path} → ${o.analysis.type ?? 'untyped'}; ${explanation(o.analysis)}`));
  }
  section('typed but labelled otherwise', negativesTyped.map((o) => `${o.label.path} (${o.label.kind ?? 'negative'}) → ${o.analysis.type}; ${explanation(o.analysis)}`));
  section('ADR status wrong', adrsWithStatus.filter((o) => !statusRight.includes(o) && o.analysis.type === 'adr').map((o) => `${o.label.path}: labelled ${o.label.status}, read ${JSON.stringify(o.analysis.status?.raw ?? null)} → ${o.analysis.status?.value ?? 'unknown'}`));
  section('supersession target wrong', withTarget.filter((o) => !targetRight.includes(o) && o.analysis.type === 'adr').map((o) => `${o.label.path}: labelled ${o.label.statusTarget}, read ${JSON.stringify(o.analysis.status?.target ?? null)}`));
  section('status read where none is written', invented.map((o) => `${o.label.path}: read ${JSON.stringify(o.analysis.status?.raw ?? null)} → ${o.analysis.status?.value}`));

  const result = (name: string, value: number, target: number, atLeast: boolean): TargetResult => ({ name, value, target, atLeast, met: atLeast ? value >= target : value <= target });
  const results = [
    result('ADR recall', recall['adr'] ?? 0, detectionTargets.adrRecall, true),
    result('postmortem recall', recall['postmortem'] ?? 0, detectionTargets.postmortemRecall, true),
    result('negatives typed', negatives.length === 0 ? 0 : negativesTyped.length / negatives.length, detectionTargets.negativesTyped, false),
    result('ADR status right', adrsWithStatus.length === 0 ? 1 : statusRight.length / adrsWithStatus.length, detectionTargets.adrStatus, true),
  ];
  lines.push('', 'Targets (issue 9):');
  for (const { name, value, target, atLeast, met } of results) {
    lines.push(`  ${met ? 'met    ' : 'NOT met'} ${name} ${(100 * value).toFixed(1)}% (${atLeast ? '≥' : '≤'} ${100 * target}%)`);
  }
  return { lines, results };
}
