import type { DocTypeSpec, ResolvedDocType } from '../engine';
import type { WorkspaceFiles } from './workspaceFiles';
import type { WorkspaceFolders } from './workspaceFolders';

export interface LoadedCustomTypes {
  readonly docTypes: readonly ResolvedDocType[];
  /** The setting's path each of `docTypes` was loaded from, in the same order. */
  readonly paths: readonly string[];
  /** One sentence per file that could not be used, fit to show the user. */
  readonly problems: readonly string[];
}

/**
 * Loads the `leaddocs.customTypes` files: each spec and the front matter schema it names,
 * relative to the spec. A broken file is skipped with a problem; the others still load.
 */
export async function loadCustomTypes(paths: readonly string[], folders: WorkspaceFolders, files: WorkspaceFiles): Promise<LoadedCustomTypes> {
  const docTypes: ResolvedDocType[] = [];
  const loadedFrom: string[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    try {
      docTypes.push(await loadCustomType(path, folders, files));
      loadedFrom.push(path);
    } catch (error) {
      problems.push(`Custom document type ${path} was not loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { docTypes, paths: loadedFrom, problems };
}

async function loadCustomType(path: string, folders: WorkspaceFolders, files: WorkspaceFiles): Promise<ResolvedDocType> {
  const specUri = await firstExisting(folders.resolve(path), files);
  if (specUri === undefined) throw new Error('the file was not found in any workspace folder.');
  const spec = parseJson(await files.readText(specUri), 'the spec');
  checkSpecShape(spec);
  if (spec.frontMatterSchema === undefined) return { spec };

  const schemaUri = new URL(spec.frontMatterSchema, specUri).href;
  const schemaText = await files.readText(schemaUri).catch(() => {
    throw new Error(`its front matter schema ${spec.frontMatterSchema} was not found next to it.`);
  });
  const frontMatterSchema = parseJson(schemaText, `its front matter schema ${spec.frontMatterSchema}`);
  if (!isRecord(frontMatterSchema)) throw new Error(`its front matter schema ${spec.frontMatterSchema} is not a JSON object.`);
  return { spec, frontMatterSchema };
}

async function firstExisting(candidates: readonly string[], files: WorkspaceFiles): Promise<string | undefined> {
  for (const uri of candidates) {
    if (await files.exists(uri)) return uri;
  }
  return undefined;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${what} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
}

/**
 * Checks only what the server itself relies on; the engine judges the rest of the spec and
 * reports what it cannot use through `configurationProblems`.
 */
function checkSpecShape(spec: unknown): asserts spec is DocTypeSpec {
  if (!isRecord(spec)) throw new Error('the spec is not a JSON object.');
  if (typeof spec['id'] !== 'string' || spec['id'] === '') throw new Error('the spec has no "id".');
  if (typeof spec['label'] !== 'string') throw new Error('the spec has no "label".');
  if (!Array.isArray(spec['checklist'])) throw new Error('the spec has no "checklist" list.');
  if (spec['frontMatterSchema'] !== undefined && typeof spec['frontMatterSchema'] !== 'string') {
    throw new Error('"frontMatterSchema" must be a file name.');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
