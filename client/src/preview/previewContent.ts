/** Asks the server for a document's preview and shapes it for the webview. */
import type { BaseLanguageClient } from 'vscode-languageclient';
import { previewRequest, type PreviewContent, type PreviewParams } from '../../../server/src/protocol/previewProtocol';
import type { PreviewDocument } from './messages';

export async function requestPreview(client: BaseLanguageClient, uri: string): Promise<PreviewDocument> {
  const content = await client.sendRequest<PreviewContent>(previewRequest, { uri } satisfies PreviewParams);
  const { info } = content;
  return {
    uri: content.uri,
    documentVersion: content.version,
    title: content.title,
    typeLabel: info.typeLabel,
    html: content.html,
    header: content.header,
    confidentialSections: content.confidentialSections,
    score: info.score,
    passMark: info.passMark,
    passed: info.passed,
    checklist: info.checklist.filter((item) => item.applicable).map(({ label, passed, range }) => ({ label, passed, range })),
    findings: content.findings,
  };
}
