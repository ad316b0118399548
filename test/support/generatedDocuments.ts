import { builtinDocTypes, type ResolvedDocType, type SectionSpec } from '../../server/src/engine';

/** A document made from a type's own spec, for tests that must hold on any document. */
export interface GeneratedDocument {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

/** A team's type with what the built-in schemas lack: required keys, a default, an enum. */
export const teamTypeWithRequiredKeys: ResolvedDocType = {
  spec: {
    id: 'okr',
    label: 'Quarterly OKRs',
    frontMatterSchema: 'okr.schema.json',
    detect: { paths: ['**/okrs/**'] },
    sections: [
      { id: 'objective', title: 'Objective', required: true, prompt: 'The one objective.' },
      { id: 'key-results', title: 'Key Results', required: true },
      { id: 'risks', title: 'Risks', required: true },
    ],
    checklist: [],
  },
  frontMatterSchema: {
    type: 'object',
    required: ['owner', 'quarter', 'confidence'],
    properties: {
      type: { const: 'okr' },
      owner: { type: 'string', description: 'Who owns the objective.' },
      quarter: { type: 'string', enum: ['Q1', 'Q2', 'Q3', 'Q4'] },
      confidence: { type: 'string', enum: ['low', 'medium', 'high'], default: 'medium' },
    },
  },
};

const folderOf: Record<string, string> = { adr: 'docs/decisions', brief: 'briefs', 'mentorship-plan': 'mentorship', portfolio: 'portfolio', postmortem: 'postmortems', okr: 'okrs' };

/**
 * For each type and layout: a title alone, every other section dropped, sections reversed,
 * every section with the first missing, and front matter with misspelt and badly dated values.
 */
export function generatedDocuments(docTypes: readonly ResolvedDocType[] = [...builtinDocTypes, teamTypeWithRequiredKeys]): GeneratedDocument[] {
  const documents: GeneratedDocument[] = [];
  for (const { spec } of docTypes) {
    const variants = spec.variants ?? [{ id: 'default', label: spec.label, sections: spec.sections ?? [] }];
    for (const variant of variants) {
      const path = `${folderOf[spec.id] ?? spec.id}/generated-${variant.id}.md`;
      const add = (name: string, text: string): void => void documents.push({ name: `${spec.id}/${variant.id}: ${name}`, path, text });
      const sections = variant.sections;
      add('title only', `# A ${spec.label}\n`);
      add('every other section', body(sections.filter((_, index) => index % 2 === 0)));
      add('reversed', body([...sections].reverse()));
      add('first missing', body(sections.slice(1)));
      add('with notes after', body(sections.slice(2)) + '\n## Notes\n\nOur own notes.\n');
      add('front matter', `---\ntype: ${spec.id}\nstatus: accpeted\ndate: 5 March 2024\ncadence: wekly\nseverity: sev2\nquarter: q3\nconfidence: hgh\n---\n` + body(sections.slice(1)));
      add('no trailing newline', body(sections.slice(1)).trimEnd());
      add('CRLF', body(sections.filter((_, index) => index % 2 === 1)).replace(/\n/g, '\r\n'));
    }
  }
  return documents;
}

function body(sections: readonly SectionSpec[]): string {
  const parts = ['# A generated document', '', 'Date: 2024-03-05', ''];
  for (const section of sections) parts.push(`${'#'.repeat(section.level ?? 2)} ${section.title}`, '', `Written text for ${section.id}.`, '');
  return parts.join('\n');
}
