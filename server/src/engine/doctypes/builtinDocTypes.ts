import adrSpec from '../../../../doctypes/adr.doctype.json';
import adrSchema from '../../../../schemas/adr.schema.json';
import type { DocTypeSpec, ResolvedDocType } from './docTypeSpec';

/**
 * The types that ship with Leaddocs. They are bundled as data (esbuild inlines the JSON) so
 * the engine reads no files, in Node or in a web worker.
 */
export const builtinDocTypes: readonly ResolvedDocType[] = [
  { spec: adrSpec as DocTypeSpec, frontMatterSchema: adrSchema },
];
