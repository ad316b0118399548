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
      let latest: { line: number; title: string } | undefined;
      for (const spec of siblings) {
        const section = typed.sectionsById.get(spec.id);
        if (section === undefined) continue;
        if (latest !== undefined && section.heading.line < latest.line) {
          report({
            message: `'${section.heading.text}' should come after '${latest.title}'.`,
            range: section.heading.range,
            data: { sectionId: spec.id, after: latest.title },
          });
        } else {
          latest = { line: section.heading.line, title: section.heading.text };
        }
      }
    }
  },
};
