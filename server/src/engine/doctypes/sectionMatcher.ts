import type { Section } from '../model/blocks';
import { headingKey } from '../model/headingKey';
import type { SectionSpec, VariantSpec } from './docTypeSpec';

/**
 * Maps spec section ids to the document's sections. A heading matches its spec by title or
 * alias in `headingKey` form; each heading is claimed by at most one spec section, and exact
 * titles win over aliases (MADR's "Decision Outcome" must not be taken by Nygard's "Decision").
 */
export function matchSections(sections: readonly Section[], specs: readonly SectionSpec[]): Map<string, Section> {
  const matched = new Map<string, Section>();
  const claimed = new Set<Section>();
  const candidates = sections.filter((section) => section.heading.level > 1 || !isTitle(section, sections));
  for (const pass of ['title', 'alias'] as const) {
    for (const spec of specs) {
      if (matched.has(spec.id)) continue;
      const names = pass === 'title' ? [spec.title] : (spec.aliases ?? []);
      const keys = new Set(names.map(headingKey));
      const found = candidates.find((section) => !claimed.has(section) && keys.has(headingKey(section.heading.text)));
      if (found !== undefined) {
        matched.set(spec.id, found);
        claimed.add(found);
      }
    }
  }
  return matched;
}

/** All sections of a spec's variants, flattened, for detection across variants. */
export function allSectionSpecs(variants: readonly VariantSpec[]): SectionSpec[] {
  const seen = new Map<string, SectionSpec>();
  for (const variant of variants) for (const spec of variant.sections) if (!seen.has(spec.id)) seen.set(spec.id, spec);
  return [...seen.values()];
}

/** The variant whose sections the document matches best; the first on a tie. */
export function chooseVariant(sections: readonly Section[], variants: readonly VariantSpec[]): { variant: VariantSpec; matched: Map<string, Section> } {
  let best: { variant: VariantSpec; matched: Map<string, Section>; score: number } | undefined;
  for (const variant of variants) {
    const matched = matchSections(sections, variant.sections);
    let score = 0;
    for (const [id, section] of matched) {
      const spec = variant.sections.find((s) => s.id === id);
      // Exact titles weigh more than aliases, so "Decision" alone doesn't make a MADR doc Nygard.
      score += spec !== undefined && headingKey(spec.title) === headingKey(section.heading.text) ? 2 : 1;
    }
    if (best === undefined || score > best.score) best = { variant, matched, score };
  }
  if (best === undefined) throw new Error('A document type needs at least one section layout.');
  return best;
}

function isTitle(section: Section, sections: readonly Section[]): boolean {
  return section.heading.level === 1 && sections.find((s) => s.heading.level === 1) === section;
}

export function variantsOf(spec: { sections?: readonly SectionSpec[]; variants?: readonly VariantSpec[]; id: string; label: string }): readonly VariantSpec[] {
  if (spec.variants !== undefined && spec.variants.length > 0) return spec.variants;
  return [{ id: 'default', label: spec.label, sections: spec.sections ?? [] }];
}
