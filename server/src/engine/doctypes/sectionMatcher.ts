import type { Section } from '../model/blocks';
import { headingKey } from '../model/headingKey';
import type { SectionSpec, VariantSpec } from './docTypeSpec';

interface SectionNames {
  readonly title: string;
  readonly aliases: readonly string[];
}

// Specs live as long as their engine; their heading keys are worked out once, not per document.
const namesBySpec = new WeakMap<SectionSpec, SectionNames>();

function namesOf(spec: SectionSpec): SectionNames {
  let names = namesBySpec.get(spec);
  if (names === undefined) {
    names = { title: headingKey(spec.title), aliases: (spec.aliases ?? []).map(headingKey) };
    namesBySpec.set(spec, names);
  }
  return names;
}

/**
 * Maps spec section ids to the document's sections. A heading matches its spec by title or
 * alias in `headingKey` form; each heading is claimed by at most one spec section, and exact
 * titles win over aliases (MADR's "Decision Outcome" must not be taken by Nygard's "Decision").
 */
export function matchSections(sections: readonly Section[], specs: readonly SectionSpec[]): Map<string, Section> {
  return match(sectionsByKey(sections), specs, true);
}

/** Like matchSections, by exact titles only: the stricter evidence content detection needs. */
export function matchSectionTitles(sections: readonly Section[], specs: readonly SectionSpec[]): Map<string, Section> {
  return match(sectionsByKey(sections), specs, false);
}

/** The sections below the title by heading key, in document order; built once for every variant tried. */
function sectionsByKey(sections: readonly Section[]): ReadonlyMap<string, readonly Section[]> {
  const byKey = new Map<string, Section[]>();
  const title = sections.find((section) => section.heading.level === 1);
  for (const section of sections) {
    if (section === title) continue;
    const list = byKey.get(section.heading.key);
    if (list === undefined) byKey.set(section.heading.key, [section]);
    else list.push(section);
  }
  return byKey;
}

// A layout's section names, in the order of its sections: one lookup per layout, not one per section.
const namesByList = new WeakMap<readonly SectionSpec[], readonly SectionNames[]>();

function namesOfAll(specs: readonly SectionSpec[]): readonly SectionNames[] {
  let names = namesByList.get(specs);
  if (names === undefined) {
    names = specs.map(namesOf);
    namesByList.set(specs, names);
  }
  return names;
}

function match(byKey: ReadonlyMap<string, readonly Section[]>, specs: readonly SectionSpec[], withAliases: boolean): Map<string, Section> {
  const matched = new Map<string, Section>();
  const claimed = new Set<Section>();
  const names = namesOfAll(specs);
  for (let index = 0; index < specs.length; index++) claim(byKey, claimed, matched, specs[index] as SectionSpec, (names[index] as SectionNames).title);
  if (!withAliases) return matched;
  for (let index = 0; index < specs.length; index++) {
    const spec = specs[index] as SectionSpec;
    if (matched.has(spec.id)) continue;
    for (const alias of (names[index] as SectionNames).aliases) if (claim(byKey, claimed, matched, spec, alias)) break;
  }
  return matched;
}

/** Gives the spec the first section with this key that no other spec has claimed. */
function claim(byKey: ReadonlyMap<string, readonly Section[]>, claimed: Set<Section>, matched: Map<string, Section>, spec: SectionSpec, key: string): boolean {
  const candidates = byKey.get(key);
  if (candidates === undefined) return false;
  for (const section of candidates) {
    if (claimed.has(section)) continue;
    matched.set(spec.id, section);
    claimed.add(section);
    return true;
  }
  return false;
}

/** The variant whose sections the document matches best; the first on a tie. */
export function chooseVariant(sections: readonly Section[], variants: readonly VariantSpec[]): { variant: VariantSpec; matched: Map<string, Section> } {
  let best: { variant: VariantSpec; matched: Map<string, Section>; score: number } | undefined;
  const byKey = sectionsByKey(sections);
  for (const variant of variants) {
    const matched = match(byKey, variant.sections, true);
    let score = 0;
    for (const spec of variant.sections) {
      const section = matched.get(spec.id);
      // Exact titles weigh more than aliases, so "Decision" alone doesn't make a MADR doc Nygard.
      if (section !== undefined) score += namesOf(spec).title === section.heading.key ? 2 : 1;
    }
    if (best === undefined || score > best.score) best = { variant, matched, score };
  }
  if (best === undefined) throw new Error('A document type needs at least one section layout.');
  return best;
}

const flattened = new WeakMap<readonly VariantSpec[], SectionSpec[]>();

/** All sections of a spec's variants, flattened, for detection across variants. */
export function allSectionSpecs(variants: readonly VariantSpec[]): SectionSpec[] {
  let all = flattened.get(variants);
  if (all === undefined) {
    const seen = new Map<string, SectionSpec>();
    for (const variant of variants) for (const spec of variant.sections) if (!seen.has(spec.id)) seen.set(spec.id, spec);
    all = [...seen.values()];
    flattened.set(variants, all);
  }
  return all;
}

const defaultVariants = new WeakMap<object, readonly VariantSpec[]>();

export function variantsOf(spec: { sections?: readonly SectionSpec[]; variants?: readonly VariantSpec[]; id: string; label: string }): readonly VariantSpec[] {
  if (spec.variants !== undefined && spec.variants.length > 0) return spec.variants;
  let variants = defaultVariants.get(spec);
  if (variants === undefined) {
    variants = [{ id: 'default', label: spec.label, sections: spec.sections ?? [] }];
    defaultVariants.set(spec, variants);
  }
  return variants;
}
