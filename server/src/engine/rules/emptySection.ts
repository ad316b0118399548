import { itemsOf } from '../derive/sectionContent';
import type { Rule } from './rule';

export const emptySection: Rule = {
  meta: {
    id: 'empty-section',
    title: 'Required sections have content',
    description: 'A required section with a heading and nothing under it, or with fewer items than the type asks for.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ typed, report }) {
    for (const spec of typed.variant.sections) {
      const section = typed.sectionsById.get(spec.id);
      if (section === undefined || spec.required !== true) continue;
      // A section holding only a comment prompt is an unfilled placeholder, reported by that rule.
      const empty = section.blocks.length === 0 && section.children.length === 0;
      if (empty) {
        report({ message: `Section '${section.heading.text}' is empty.`, range: section.heading.range, data: { sectionId: spec.id } });
        continue;
      }
      const minItems = spec.minItems ?? 0;
      const items = itemsOf(section).length;
      if (items < minItems && section.children.length < minItems) {
        report({ message: `Section '${section.heading.text}' needs at least ${minItems} items; it has ${items}.`, range: section.heading.range, data: { sectionId: spec.id, minItems, items } });
      }
    }
  },
};
