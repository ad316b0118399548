import type { SectionSpec, VariantSpec } from '../doctypes/docTypeSpec';
import type { Section } from '../model/blocks';
import type { Rule } from './rule';

export const sectionOrder: Rule = {
  meta: {
    id: 'section-order',
    title: 'Sections follow the type\'s order',
    description: 'Sections appear in the order the type declares, so readers find them where they expect.',
    defaultSeverity: 'information',
    fixable: false,
  },
  check({ typed, report }) {
    for (const siblings of siblingGroups(typed.variant)) {
      let latest: { line: number; title: string; section: Section } | undefined;
      for (const spec of siblings) {
        const section = typed.sectionsById.get(spec.id);
        if (section === undefined) continue;
        // A heading nested under another is in its place, whatever the spec's sibling order says.
        if (latest !== undefined && section.heading.line < latest.line && !isAncestor(section, latest.section)) {
          report({
            message: `'${section.heading.text}' should come after '${latest.title}'.`,
            range: section.heading.range,
            data: { sectionId: spec.id, after: latest.title },
          });
        } else {
          latest = { line: section.heading.line, title: section.heading.text, section };
        }
      }
    }
  },
};

// A layout's sections grouped by parent, in spec order: the same for every document, so once per layout.
const groupsByVariant = new WeakMap<VariantSpec, ReadonlyArray<readonly SectionSpec[]>>();

function siblingGroups(variant: VariantSpec): ReadonlyArray<readonly SectionSpec[]> {
  let groups = groupsByVariant.get(variant);
  if (groups === undefined) {
    const byParent = new Map<string, SectionSpec[]>();
    for (const spec of variant.sections) {
      const key = spec.parent ?? '';
      const siblings = byParent.get(key);
      if (siblings === undefined) byParent.set(key, [spec]);
      else siblings.push(spec);
    }
    groups = [...byParent.values()];
    groupsByVariant.set(variant, groups);
  }
  return groups;
}

function isAncestor(candidate: Section, of: Section): boolean {
  for (let parent = of.parent; parent !== undefined; parent = parent.parent) if (parent === candidate) return true;
  return false;
}
