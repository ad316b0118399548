import { MarkupKind, type Connection, type Hover, type HoverParams } from 'vscode-languageserver';
import { hoverAt } from '../engine';
import type { DocumentAnalyses } from './documentAnalyses';
import type { EngineHost } from '../host/engineHost';
import { guarded } from './guard';
import type { Logger } from './logger';
import type { WorkspaceIndex } from './workspaceIndex';

export interface HoverDependencies {
  readonly analyses: DocumentAnalyses;
  readonly engineHost: EngineHost;
  readonly index: WorkspaceIndex;
  readonly log: Logger;
}

/** A front matter key's schema, or the title, status and date of the ADR an id or link names. */
export function registerHover(connection: Connection, dependencies: HoverDependencies): void {
  connection.onHover(guarded(dependencies.log, 'hover', null, async (params: HoverParams): Promise<Hover | null> => {
    const { analyses, engineHost, index } = dependencies;
    const uri = params.textDocument.uri;
    const open = await analyses.ofOpenDocument(uri);
    if (open === undefined) return null;
    const hover = hoverAt(open.analysis, engineHost.docTypes, params.position, index.catalog());
    return hover === undefined ? null : { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: hover.range };
  }));
}
