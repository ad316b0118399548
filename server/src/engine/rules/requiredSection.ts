import { insertionEditFor } from '../derive/sectionPlacement';
import type { Rule, TypedDocument } from './rule';

export const requiredSection: Rule = {
  meta: {
    id: 'required-section',
    title: 'Required sections are present',
    description: 'Each required section of the document\'s type (and layout, such as MADR or Nygard) has a heading. The quick fix inserts the section where the layout puts it.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ typed, report }) {
    const anchor = typed.title?.range ?? typed.document.lines.lineRange(typed.document.bodyStartLine);
    for (const spec of typed.variant.sections) {
      if (spec.required !== true || typed.sectionsById.has(spec.id)) continue;
      // A required sub-section is only asked for once its parent exists.
      if (spec.parent !== undefined && !typed.sectionsById.has(spec.parent)) continue;
      // A Status section's job is done by a status in front matter (adr-tools ADRs converted to it).
      if (statusInFrontMatter(typed) && spec.id === typed.spec.status?.section) continue;
      const edit = insertionEditFor(spec, typed.variant, typed.sectionsById, typed.document);
      report({
        message: `Missing required section '${spec.title}'${typed.variant.id === 'default' ? '' : ` (${typed.variant.label})`}.`,
        range: anchor,
        data: { sectionId: spec.id, title: spec.title, variant: typed.variant.id },
        fixes: [{ title: `Insert section '${spec.title}'`, edits: [edit], safe: true, preferred: true }],
      });
    }
  },
};

function statusInFrontMatter(typed: TypedDocument): boolean {
  const field = typed.spec.status?.field;
  return field !== undefined && typed.fields[field]?.source === 'front-matter';
}
