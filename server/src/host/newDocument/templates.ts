/**
 * A new document's starting text: the team's template when the workspace has one, else the
 * built-in, else (a team's own type with no template) a skeleton drawn from the type's spec.
 * Team templates are configuration: read like custom types (safeConfigPath.ts), inside the
 * workspace folder, regular files of bounded size only.
 */
import type { DocTypeSpec, ResolvedDocType } from '../../engine';
import { ConfigPathError, readWorkspaceConfigFile } from '../safeConfigPath';
import type { WorkspaceFiles } from '../workspaceFiles';
import type { WorkspaceFolders } from '../workspaceFolders';
import { builtinTemplates } from './builtinTemplates';

export interface TemplateSource {
  readonly files: WorkspaceFiles;
  /** The workspace folder the document goes in; a team's templates folder is read inside it. */
  readonly folders: WorkspaceFolders;
  /** `leaddocs.templates.folder`, or undefined when unset or the workspace is not trusted. */
  readonly teamFolder: string | undefined;
  /** URI of the template the document's folder keeps (`template.md`), used when the team has none for this name. */
  readonly folderTemplate?: string;
}

export interface LoadedTemplate {
  readonly text: string;
  /** Where the text came from: the team file's path as configured, the folder's template's path in the workspace, `built-in`, or `spec`. */
  readonly origin: string;
  /** The folder's own template, written for people: filled by folderTemplate.ts rather than by `{{…}}` fields alone. */
  readonly fromFolder: boolean;
}

/** Rejects with a ConfigPathError naming the team file when it exists but may not be read. */
export async function loadTemplate(name: string, docType: ResolvedDocType | undefined, source: TemplateSource): Promise<LoadedTemplate> {
  if (source.teamFolder !== undefined) {
    const path = `${withoutTrailingSeparators(source.teamFolder)}/${name}.md`;
    try {
      return { text: (await readWorkspaceConfigFile(path, source.folders, source.files)).text, origin: path, fromFolder: false };
    } catch (error) {
      // A missing file falls back to the built-in, as the setting documents; a refused one is the team's to fix.
      if (!(error instanceof ConfigPathError && error.notFound)) throw error;
    }
  }
  if (source.folderTemplate !== undefined) {
    const origin = source.folders.relativePath(source.folderTemplate) ?? source.folderTemplate;
    // Listed in the folder a moment ago; read as configuration is (inside the workspace, bounded), a refusal named.
    return { text: (await readWorkspaceConfigFile(origin, source.folders, source.files)).text, origin, fromFolder: true };
  }
  const builtIn = builtinTemplates[name];
  if (builtIn !== undefined) return { text: builtIn, origin: 'built-in', fromFolder: false };
  if (docType !== undefined) return { text: skeletonOf(docType.spec), origin: 'spec', fromFolder: false };
  throw new Error(`there is no template '${name}.md'`);
}

function withoutTrailingSeparators(folder: string): string {
  let end = folder.length;
  while (end > 0 && (folder[end - 1] === '/' || folder[end - 1] === '\\')) end--;
  return folder.slice(0, end);
}

/**
 * What a team's type starts from without a template: its id in front matter (so detection needs
 * no folder), today's date when the type reads one, the title, then each section with its prompt.
 */
export function skeletonOf(spec: DocTypeSpec): string {
  const frontMatter = [`type: ${spec.id}`];
  const initialStatus = spec.status === undefined ? undefined : Object.keys(spec.status.values)[0];
  if (spec.status !== undefined && initialStatus !== undefined) frontMatter.push(`${spec.status.field}: ${initialStatus}`);
  if (spec.fields?.['date'] !== undefined) frontMatter.push('date: {{date}}');
  const sections = spec.sections ?? spec.variants?.[0]?.sections ?? [];
  const body = sections.flatMap((section) => [`${'#'.repeat(section.level ?? 2)} ${section.title}`, '', `{${section.prompt ?? section.title}}`, '']);
  return ['---', ...frontMatter, '---', '', '# {{title}}', '', ...body].join('\n').trimEnd() + '\n';
}
