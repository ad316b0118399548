import { MAX_TYPE_NESTING, nestsDeeperThan, type DocTypeSpec, type ResolvedDocType } from '../engine';
import { readConfigFileBeside, readWorkspaceConfigFile } from './safeConfigPath';
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
 * relative to the spec. Only regular files of bounded size inside the workspace folder are
 * read (safeConfigPath.ts). A broken file is skipped with a problem; the others still load.
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
      problems.push(`Custom document type ${path} was not loaded: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }
  return { docTypes, paths: loadedFrom, problems };
}

async function loadCustomType(path: string, folders: WorkspaceFolders, files: WorkspaceFiles): Promise<ResolvedDocType> {
  const specFile = await readWorkspaceConfigFile(path, folders, files);
  const spec = parseJson(specFile.text, 'the spec');
  checkSpecShape(spec);
  if (spec.frontMatterSchema === undefined) return { spec, source: { spec: path } };

  const what = `its front matter schema ${spec.frontMatterSchema}`;
  const schemaFile = await readConfigFileBeside(spec.frontMatterSchema, specFile, files);
  const frontMatterSchema = parseJson(schemaFile.text, what);
  if (!isRecord(frontMatterSchema)) throw new Error(`${what} is not a JSON object`);
  return { spec, frontMatterSchema, source: { spec: path, frontMatterSchema: spec.frontMatterSchema } };
}

/**
 * Parses a configuration file. The message says where the JSON breaks, never what is there:
 * V8 quotes the text around the error, which for a mistyped path could be a secret.
 */
function parseJson(text: string, what: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const at = /\(line \d+ column \d+\)|at position \d+/.exec(error instanceof Error ? error.message : '')?.[0];
    throw new Error(`${what} is not valid JSON${at === undefined ? '' : ` (${at.replace(/^\(|\)$/g, '')})`}`, { cause: error });
  }
  // Deeper nesting overflows the stack in whatever walks it next (JSON.stringify, ajv).
  if (nestsDeeperThan(value, MAX_TYPE_NESTING)) throw new Error(`${what} nests deeper than ${MAX_TYPE_NESTING} levels`);
  return value;
}

/**
 * Checks only what the server itself relies on; the engine judges the rest of the spec and
 * reports what it cannot use through `configurationProblems`.
 */
function checkSpecShape(spec: unknown): asserts spec is DocTypeSpec {
  if (!isRecord(spec)) throw new Error('the spec is not a JSON object');
  if (typeof spec['id'] !== 'string' || spec['id'] === '') throw new Error('the spec has no "id"');
  if (typeof spec['label'] !== 'string') throw new Error('the spec has no "label"');
  if (!Array.isArray(spec['checklist'])) throw new Error('the spec has no "checklist" list');
  if (spec['frontMatterSchema'] !== undefined && typeof spec['frontMatterSchema'] !== 'string') {
    throw new Error('"frontMatterSchema" must be a file name');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
