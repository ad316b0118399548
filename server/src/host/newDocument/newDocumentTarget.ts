import { anyGlob, documentFolderGlobs, type DocumentAnalysis, type ResolvedDocType } from '../../engine';
import type { NewDocumentTarget, NewDocumentTargetParams } from '../../protocol/newDocumentProtocol';
import type { ServerSettings } from '../../settings/parseSettings';
import type { WorkspaceFiles } from '../workspaceFiles';
import { WorkspaceFolders, withoutTrailingSlash } from '../workspaceFolders';
import { detectNamingScheme, nextDocumentName, slugify, type NamingScheme } from './naming';
import { newDocumentDefaults, NYGARD_ADR_TEMPLATE, type NewDocumentDefaults } from './newDocumentDefaults';
import { loadTemplate } from './templates';
import { fillTemplate } from './templateValues';

/** Enough to find where a team keeps its documents, without counting a whole monorepo. */
const MAX_FILES_SEEN = 20_000;

export interface NewDocumentContext {
  readonly files: WorkspaceFiles;
  /** As they apply: an untrusted workspace's have no templates folder (WorkspaceTrust). */
  readonly settings: ServerSettings;
  /** The types in force, custom ones included: their path globs say where documents live. */
  readonly docTypes: readonly ResolvedDocType[];
  /** A file's analysis as the host makes it; the variant of a folder's latest ADR picks the template. Rejects when unreadable. */
  readonly analyzeFile: (uri: string) => Promise<DocumentAnalysis>;
}

/**
 * Where a new document goes, its file name and number, the template it starts from and its text.
 * The folder: the one asked for, else the type's folder setting, else the folder that already
 * holds most documents of the type, else the type's default. Numbering follows the folder.
 * Rejects, naming the file, when a team template exists but may not be read.
 */
export async function newDocumentTarget(params: NewDocumentTargetParams, context: NewDocumentContext): Promise<NewDocumentTarget> {
  const defaults = newDocumentDefaults(params.typeId);
  const workspace = new WorkspaceFolders();
  workspace.replace([{ uri: params.workspaceFolder }]);
  const folder = await targetFolder(params, defaults, workspace, context);
  const names = await fileNamesIn(folder, context.files);
  const scheme = detectNamingScheme(names, defaults.naming);
  // A title is one line: it heads the document and names the file.
  const title = params.title.replace(/\s+/g, ' ').trim();
  const { fileName, number } = nextDocumentName(names, scheme, slugify(title), params.today);
  const template = await templateFor(params.typeId, defaults, { folder, names, scheme }, context);
  const docType = context.docTypes.find((type) => type.spec.id === params.typeId);
  const loaded = await loadTemplate(template, docType, { files: context.files, folders: workspace, teamFolder: context.settings.templatesFolder });
  const text = fillTemplate(loaded.text, { title, date: params.today, number });
  return { uri: new URL(fileName, `${folder}/`).href, folder, fileName, number, template, templateOrigin: loaded.origin, text };
}

async function targetFolder(params: NewDocumentTargetParams, defaults: NewDocumentDefaults, workspace: WorkspaceFolders, context: NewDocumentContext): Promise<string> {
  const inWorkspace = (path: string): string => withoutTrailingSlash(workspace.resolve(path)[0] ?? params.workspaceFolder);
  if (params.folder !== undefined && params.folder.trim() !== '') return inWorkspace(params.folder.trim());
  const configured = context.settings.newDocumentFolders[params.typeId];
  if (configured !== undefined) return inWorkspace(configured);
  return (await detectedFolder(params, workspace, context)) ?? inWorkspace(defaults.defaultFolder);
}

/**
 * The folder holding the most markdown files that the type's path globs match. One walk of the
 * workspace, matched as the engine's detection matches paths (anyGlob: RE2, one pass per path).
 */
async function detectedFolder(params: NewDocumentTargetParams, workspace: WorkspaceFolders, context: NewDocumentContext): Promise<string | undefined> {
  const docType = context.docTypes.find((type) => type.spec.id === params.typeId);
  const globs = context.settings.engine.pathGlobs[params.typeId] ?? (docType === undefined ? [] : documentFolderGlobs(docType.spec));
  if (globs.length === 0) return undefined;
  const matches = anyGlob(globs);
  const counts = new Map<string, number>();
  for (const uri of (await context.files.findFiles(withoutTrailingSlash(params.workspaceFolder), '**/*.md')).slice(0, MAX_FILES_SEEN)) {
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

const FIXTURE_FOLDER = /^(?:tests?|__tests__|fixtures?|integration-tests?|e2e|testdata|test-data)$/i;

function isFixtureFolder(folderUri: string, workspaceFolder: string): boolean {
  const relative = decodeURIComponent(folderUri.slice(withoutTrailingSlash(workspaceFolder).length));
  return relative.split('/').some((segment) => FIXTURE_FOLDER.test(segment));
}

function isRankedHigher(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] !== b[0] ? a[0] > b[0] : a[1] > b[1];
}

async function fileNamesIn(folder: string, files: WorkspaceFiles): Promise<string[]> {
  // A folder that does not exist yet has no names; the client creates it with the first document.
  const found = await files.findFiles(folder, '*').catch(() => []);
  return found.map((uri) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)));
}

interface FolderNaming {
  readonly folder: string;
  readonly names: readonly string[];
  readonly scheme: NamingScheme;
}

/** A numbered ADR folder whose latest record is a Nygard (adr-tools) one gets another of those. */
async function templateFor(typeId: string, defaults: NewDocumentDefaults, { folder, names, scheme }: FolderNaming, context: NewDocumentContext): Promise<string> {
  if (typeId !== 'adr' || scheme.kind !== 'numbered') return defaults.template;
  const latest = names.filter((name) => /^\D*\d/.test(name) && name.toLowerCase().endsWith('.md')).sort().at(-1);
  if (latest === undefined) return defaults.template;
  const analysis = await context.analyzeFile(new URL(latest, `${folder}/`).href).catch(() => undefined);
  return analysis?.type === 'adr' && analysis.variant === 'nygard' ? NYGARD_ADR_TEMPLATE : defaults.template;
}
