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
    const byParent = new Map<string, typeof typed.variant.sections[number][]>();
    for (const spec of typed.variant.sections) {
      const key = spec.parent ?? '';
      byParent.set(key, [...(byParent.get(key) ?? []), spec]);
    }
    for (const siblings of byParent.values()) {
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

function isAncestor(candidate: Section, of: Section): boolean {
  for (let parent = of.parent; parent !== undefined; parent = parent.parent) if (parent === candidate) return true;
  return false;
}
