import { RefusedFile, type WorkspaceFiles } from './workspaceFiles';
import type { WorkspaceFolders } from './workspaceFolders';

/** Far above any real spec or schema (the largest built-in is 30 KB), far below a costly read. */
export const MAX_CONFIG_FILE_BYTES = 1024 * 1024;

/** A configuration file read from inside a workspace folder. */
export interface ConfigFile {
  /** Where the file really is, symbolic links resolved. */
  readonly uri: string;
  /** The real URI of the workspace folder holding it; files it names must stay inside it. */
  readonly folderUri: string;
  readonly text: string;
}

/**
 * Why a configuration path was not read. Its message names the path and the reason, never
 * the file's content, so a setting pointing at a secret cannot show it in a notification.
 */
export class ConfigPathError extends Error {
  override readonly name = 'ConfigPathError';
  /** Nothing is there: a caller with a fallback (a built-in template) may use it. */
  readonly notFound: boolean;

  constructor(message: string, options?: ErrorOptions & { readonly notFound?: boolean }) {
    super(message, options);
    this.notFound = options?.notFound === true;
  }
}

/**
 * Reads the file a setting names (`leaddocs.customTypes`): relative to each workspace folder in
 * turn, the first that has it. Absolute and `../` paths are allowed only while they lead, after
 * symbolic links, to a regular file inside a workspace folder.
 */
export async function readWorkspaceConfigFile(path: string, folders: WorkspaceFolders, files: WorkspaceFiles): Promise<ConfigFile> {
  const realFolders = await realFolderUris(folders.uris, files);
  for (const candidate of folders.resolve(path)) {
    const real = await files.realUri(candidate).catch(() => undefined);
    if (real === undefined) continue;
    const folderUri = realFolders.find((folder) => isInside(real, folder));
    if (folderUri === undefined) throw new ConfigPathError(`${path} lies outside the workspace folder`);
    return { uri: real, folderUri, text: await readBounded(real, path, files) };
  }
  throw new ConfigPathError(`${path} was not found in any workspace folder`, { notFound: true });
}

/**
 * Reads a file that a configuration file names relative to itself (a spec's
 * `frontMatterSchema`); it must lie in the same workspace folder as the file naming it.
 */
export async function readConfigFileBeside(path: string, namedBy: ConfigFile, files: WorkspaceFiles): Promise<ConfigFile> {
  let candidate: string;
  try {
    candidate = new URL(path, namedBy.uri).href;
  } catch {
    throw new ConfigPathError(`${path} is not a file path`);
  }
  const real = await files.realUri(candidate).catch(() => undefined);
  if (real === undefined) throw new ConfigPathError(`${path} was not found next to it`, { notFound: true });
  if (!isInside(real, namedBy.folderUri)) throw new ConfigPathError(`${path} lies outside the workspace folder`);
  return { uri: real, folderUri: namedBy.folderUri, text: await readBounded(real, path, files) };
}

async function readBounded(uri: string, path: string, files: WorkspaceFiles): Promise<string> {
  try {
    return await files.readBoundedFile(uri, MAX_CONFIG_FILE_BYTES);
  } catch (error) {
    // The reason is ours (RefusedFile) or the system's error code; neither quotes the content.
    const reason = error instanceof RefusedFile ? error.message : `it could not be read (${codeOf(error)})`;
    throw new ConfigPathError(`${path} was not read: ${reason}`, { cause: error });
  }
}

async function realFolderUris(uris: readonly string[], files: WorkspaceFiles): Promise<string[]> {
  const real: string[] = [];
  for (const uri of uris) {
    const resolved = await files.realUri(uri).catch(() => undefined);
    if (resolved !== undefined) real.push(resolved);
  }
  return real;
}

/** True when `uri` is `folderUri` or below it; both are real URIs, compared decoded. */
export function isInside(uri: string, folderUri: string): boolean {
  const folder = decoded(folderUri).replace(/\/$/, '') + '/';
  return decoded(uri).startsWith(folder);
}

function decoded(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

function codeOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : 'error';
}
