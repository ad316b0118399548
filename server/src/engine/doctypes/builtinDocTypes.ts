import adrSpec from '../../../../doctypes/adr.doctype.json';
import briefSpec from '../../../../doctypes/brief.doctype.json';
import mentorshipPlanSpec from '../../../../doctypes/mentorship-plan.doctype.json';
import portfolioSpec from '../../../../doctypes/portfolio.doctype.json';
import postmortemSpec from '../../../../doctypes/postmortem.doctype.json';
import adrSchema from '../../../../schemas/adr.schema.json';
import briefSchema from '../../../../schemas/brief.schema.json';
import mentorshipPlanSchema from '../../../../schemas/mentorship-plan.schema.json';
import portfolioSchema from '../../../../schemas/portfolio.schema.json';
import postmortemSchema from '../../../../schemas/postmortem.schema.json';
import type { DocTypeSpec, ResolvedDocType } from './docTypeSpec';

/**
 * The types that ship with Leaddocs. They are bundled as data (esbuild inlines the JSON) so
 * the engine reads no files, in Node or in a web worker. Order matters for content detection:
 * the first type whose signature matches wins.
 */
export const builtinDocTypes: readonly ResolvedDocType[] = [
  { spec: adrSpec as DocTypeSpec, frontMatterSchema: adrSchema, builtin: true },
  { spec: briefSpec as DocTypeSpec, frontMatterSchema: briefSchema, builtin: true },
  { spec: mentorshipPlanSpec as DocTypeSpec, frontMatterSchema: mentorshipPlanSchema, builtin: true },
  { spec: portfolioSpec as DocTypeSpec, frontMatterSchema: portfolioSchema, builtin: true },
  { spec: postmortemSpec as DocTypeSpec, frontMatterSchema: postmortemSchema, builtin: true },
];
