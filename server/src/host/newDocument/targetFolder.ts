/**
 * Which folder a new document goes in: the one asked for, else the type's folder setting, else
 * (an ADR) the folder `.log4brains.yml` names, else the folder that already holds most documents
 * of the type, else the workspace's root when that is where its documents of the type sit (a
 * repository of postmortems and nothing else), else the type's default.
 */
import { anyGlob, documentFolderGlobs } from '../../engine';
import type { NewDocumentTargetParams } from '../../protocol/newDocumentProtocol';
import { withoutTrailingSlash, type WorkspaceFolders } from '../workspaceFolders';
import { log4brainsAdrFolder } from './log4brainsProject';
import { isDocumentName } from './naming';
import type { NewDocumentDefaults } from './newDocumentDefaults';
import type { NewDocumentContext } from './newDocumentTarget';

/** Enough to find where a team keeps its documents, without counting a whole monorepo. */
const MAX_FILES_SEEN = 20_000;
/** A root with more markdown files than this is a project's, not a folder of documents; only this many are read. */
const MAX_ROOT_DOCUMENTS = 500;

export interface TargetFolder {
  readonly uri: string;
  /** Chosen by `.log4brains.yml`: new ADRs are named the log4brains way whatever the folder holds. */
  readonly log4brains: boolean;
}

export async function targetFolder(params: NewDocumentTargetParams, defaults: NewDocumentDefaults, workspace: WorkspaceFolders, context: NewDocumentContext): Promise<TargetFolder> {
  const inWorkspace = (path: string): string => withoutTrailingSlash(workspace.resolve(path)[0] ?? params.workspaceFolder);
  const chosen = (uri: string): TargetFolder => ({ uri, log4brains: false });
  if (params.folder !== undefined && params.folder.trim() !== '') return chosen(inWorkspace(params.folder.trim()));
  const configured = context.settings.newDocumentFolders[params.typeId];
  if (configured !== undefined) return chosen(inWorkspace(configured));
  if (params.typeId === 'adr') {
    const log4brains = await log4brainsAdrFolder(params.workspaceFolder, context.files, params.near);
    if (log4brains !== undefined) return { uri: log4brains, log4brains: true };
  }
  const markdown = (await context.files.findFiles(withoutTrailingSlash(params.workspaceFolder), '**/*.md')).slice(0, MAX_FILES_SEEN);
  const found = folderByGlobs(params, workspace, context, markdown) ?? (await rootHoldingType(params, workspace, context, markdown));
  return chosen(found ?? inWorkspace(defaults.defaultFolder));
}

/**
 * The folder holding the most markdown files that the type's path globs match, matched as the
 * engine's detection matches paths (anyGlob: RE2, one pass per path).
 */
function folderByGlobs(params: NewDocumentTargetParams, workspace: WorkspaceFolders, context: NewDocumentContext, markdown: readonly string[]): string | undefined {
  const docType = context.docTypes.find((type) => type.spec.id === params.typeId);
  const globs = context.settings.engine.pathGlobs[params.typeId] ?? (docType === undefined ? [] : documentFolderGlobs(docType.spec));
  if (globs.length === 0) return undefined;
  const matches = anyGlob(globs);
  const counts = new Map<string, number>();
  for (const uri of markdown) {
    const path = workspace.relativePath(uri);
    if (path === undefined || !matches(path)) continue;
    const folder = withoutTrailingSlash(new URL('.', uri).href);
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  // A monorepo's test fixtures hold documents too; the team's own folder wins over any of them.
  const rank = (folder: string): [number, number] => [isFixtureFolder(folder, params.workspaceFolder) ? 0 : 1, counts.get(folder) ?? 0];
  let best: string | undefined;
  for (const folder of counts.keys()) if (best === undefined || isRankedHigher(rank(folder), rank(best))) best = folder;
  return best;
}

/**
 * The root itself, when at least half of the documents in it are of the type as the engine reads
 * them (file names such as `PM2025-002 - …`, the sections of a postmortem): no folder name
 * says so, there being no folder. A project's README and changelog are not documents here.
 */
async function rootHoldingType(params: NewDocumentTargetParams, workspace: WorkspaceFolders, context: NewDocumentContext, markdown: readonly string[]): Promise<string | undefined> {
  const atRoot = markdown.filter((uri) => {
    const path = workspace.relativePath(uri);
    return path !== undefined && !path.includes('/') && isDocumentName(path);
  });
  if (atRoot.length === 0 || atRoot.length > MAX_ROOT_DOCUMENTS) return undefined;
  let ofType = 0;
  for (const uri of atRoot) {
    // An unreadable file is not one of them; the others still decide.
    const analysis = await context.analyzeFile(uri).catch(() => undefined);
    if (analysis?.type === params.typeId) ofType++;
  }
  return ofType > 0 && ofType * 2 >= atRoot.length ? withoutTrailingSlash(params.workspaceFolder) : undefined;
}

const FIXTURE_FOLDER = /^(?:tests?|__tests__|fixtures?|integration-tests?|e2e|testdata|test-data)$/i;

function isFixtureFolder(folderUri: string, workspaceFolder: string): boolean {
  const relative = decodeURIComponent(folderUri.slice(withoutTrailingSlash(workspaceFolder).length));
  return relative.split('/').some((segment) => FIXTURE_FOLDER.test(segment));
}

function isRankedHigher(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] !== b[0] ? a[0] > b[0] : a[1] > b[1];
}
