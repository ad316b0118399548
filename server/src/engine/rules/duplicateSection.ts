import type { Rule } from './rule';

export const duplicateSection: Rule = {
  meta: {
    id: 'duplicate-section',
    title: 'A section appears once',
    description: 'The same section heading twice at the same level usually means a merge or a copy-paste went wrong.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ typed, report }) {
    for (const [id, section] of typed.sectionsById) {
      const key = section.heading.key;
      for (const other of typed.document.sections) {
        if (other === section || other.heading.line <= section.heading.line) continue;
        if (other.heading.level === section.heading.level && other.parent === section.parent && other.heading.key === key) {
          report({ message: `Section '${other.heading.text}' appears more than once (first on line ${section.heading.line + 1}).`, range: other.heading.range, data: { sectionId: id, firstLine: section.heading.line } });
        }
      }
    }
  },
};
