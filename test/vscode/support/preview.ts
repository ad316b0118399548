/** Waiting on the preview webview's acknowledgements, through the extension's test API. */
import type * as vscode from 'vscode';
import type { LeaddocsApi } from '../../../client/src/api';
import type { PreviewDocument, RenderedMessage } from '../../../client/src/preview/messages';
import { waitUntil } from './waitFor';

/** The webview's report for `document` at its current version (or at least `version`). */
export async function renderedPreview(api: LeaddocsApi, document: vscode.TextDocument, version = document.version): Promise<RenderedMessage> {
  const uri = document.uri.toString();
  const rendered = await waitUntil(
    api.preview.onDidRender,
    () => api.preview.lastRendered(),
    (rendered) => rendered !== undefined && rendered.uri === uri && (rendered.documentVersion ?? -1) >= version,
    (rendered) => `preview of ${uri} v${version}; last acknowledged ${rendered === undefined ? 'nothing' : `${rendered.uri} v${rendered.documentVersion} (render ${rendered.renderId})`}`,
  );
  if (rendered === undefined) throw new Error('unreachable: waitUntil resolved without a render');
  return rendered;
}

/** What the extension last sent the webview, when it was a render. */
export function lastPostedDocument(api: LeaddocsApi): PreviewDocument {
  const posted = api.preview.lastPosted();
  if (posted?.type !== 'render') throw new Error(`the preview last posted ${posted === undefined ? 'nothing' : posted.type}`);
  return posted.document;
}
