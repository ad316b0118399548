import type { DocTypeSpec, VariantSpec } from '../doctypes/docTypeSpec';
import type { Range } from '../text/positions';
import type { CheckContext } from './checkContext';
import { evaluateCheck, SectionTexts } from './evaluateCheck';

export interface ChecklistResult {
  readonly id: string;
  readonly label: string;
  readonly passed: boolean;
  /** False when the item does not apply (another variant, or its `when` does not hold). */
  readonly applicable: boolean;
  readonly range: Range;
}

export interface ChecklistOutcome {
  readonly items: ChecklistResult[];
  /** 0–100 over the applicable items' weights; 100 when nothing applies. */
  readonly score: number;
}

export function evaluateChecklist(spec: DocTypeSpec, variant: VariantSpec, context: CheckContext, fallbackRange: Range): ChecklistOutcome {
  let applicableWeight = 0;
  let passedWeight = 0;
  const texts = new SectionTexts(context.document);
  // Filled in a loop, not by `map`: a `map` result changes kind once `map` is compiled, and
  // every rule reading the checklist was then compiled again.
  const items: ChecklistResult[] = [];
  for (const item of spec.checklist) {
    const applicable = (item.variants === undefined || item.variants.includes(variant.id)) && (item.when === undefined || evaluateCheck(item.when, context, texts));
    const passed = applicable && evaluateCheck(item.check, context, texts);
    const weight = item.weight ?? 1;
    if (applicable) {
      applicableWeight += weight;
      if (passed) passedWeight += weight;
    }
    const section = item.section === undefined ? undefined : context.sectionsById.get(item.section);
    items.push({ id: item.id, label: item.label, passed, applicable, range: section?.heading.range ?? fallbackRange });
  }
  const score = applicableWeight === 0 ? 100 : Math.round((100 * passedWeight) / applicableWeight);
  return { items, score };
}
