import type { DocumentAnalysis, ResolvedDocType } from '../../engine';
import type { NewDocumentTarget, NewDocumentTargetParams } from '../../protocol/newDocumentProtocol';
import type { ServerSettings } from '../../settings/parseSettings';
import type { WorkspaceFiles } from '../workspaceFiles';
import { WorkspaceFolders } from '../workspaceFolders';
import { folderTemplateOf } from './folderTemplate';
import { detectNamingScheme, nextDocumentName, type NamingScheme } from './naming';
import { newDocumentDefaults, NYGARD_ADR_TEMPLATE, type NewDocumentDefaults } from './newDocumentDefaults';
import { targetFolder } from './targetFolder';
import { loadTemplate } from './templates';
import { fillTemplate } from './templateValues';

export interface NewDocumentContext {
  readonly files: WorkspaceFiles;
  /** As they apply: an untrusted workspace's have no templates folder (WorkspaceTrust). */
  readonly settings: ServerSettings;
  /** Whether the workspace's own files may shape the document: a folder's `template.md` is read only then. */
  readonly trusted: boolean;
  /** The types in force, custom ones included: their path globs say where documents live. */
  readonly docTypes: readonly ResolvedDocType[];
  /** A file's analysis as the host makes it; the variant of a folder's latest ADR picks the template. Rejects when unreadable. */
  readonly analyzeFile: (uri: string) => Promise<DocumentAnalysis>;
}

/**
 * Where a new document goes (targetFolder.ts), its file name and number, the template it starts
 * from and its text. Numbering follows the folder, or log4brains when `.log4brains.yml` chose it.
 * The template: the team's (`leaddocs.templates.folder`), else the folder's own (`template.md`,
 * adr-tools' `templates/template.md`), else the built-in one. Rejects, naming the file, when a template exists but may not be read.
 */
export async function newDocumentTarget(params: NewDocumentTargetParams, context: NewDocumentContext): Promise<NewDocumentTarget> {
  const defaults = newDocumentDefaults(params.typeId);
  const workspace = new WorkspaceFolders();
  workspace.replace([{ uri: params.workspaceFolder }]);
  const { uri: folder, log4brains } = await targetFolder(params, defaults, workspace, context);
  const names = await fileNamesIn(folder, context.files);
  // log4brains names every ADR by its day, whatever else the folder holds.
  const scheme: NamingScheme = log4brains ? { kind: 'compactDate' } : detectNamingScheme(names, defaults.naming);
  // A title is one line: it heads the document and names the file.
  const title = params.title.replace(/\s+/g, ' ').trim();
  const { fileName, number } = nextDocumentName(names, scheme, title, params.today);
  const template = await templateFor(params.typeId, defaults, { folder, names, scheme }, context);
  const docType = context.docTypes.find((type) => type.spec.id === params.typeId);
  const own = context.trusted ? await folderTemplateOf(params.typeId, folder, names, context.files) : undefined;
  const loaded = await loadTemplate(template, docType, {
    files: context.files,
    folders: workspace,
    teamFolder: context.settings.templatesFolder,
    ...(own === undefined ? {} : { folderTemplate: own.uri }),
  });
  const values = { title, date: params.today, number };
  const fromFolder = loaded.fromFolder ? own : undefined;
  const text = fromFolder === undefined ? fillTemplate(loaded.text, values) : fromFolder.fill(loaded.text, values);
  return { uri: new URL(fileName, `${folder}/`).href, folder, fileName, number, template: fromFolder?.name ?? template, templateOrigin: loaded.origin, text };
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
