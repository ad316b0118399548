/** The webview's page: an empty shell behind a strict CSP; the script fills it from messages. */
import type * as vscode from 'vscode';

export function previewShellHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  // Web Crypto: the same in the desktop and the web extension host.
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const asset = (...path: string[]): string => webview.asWebviewUri(extensionUri.with({ path: `${extensionUri.path}/${path.join('/')}` })).toString();
  // Only the nonce'd bundle may run; styles only from the extension; images from the workspace,
  // https and data: (the body shows images as links today, but a later renderer may not).
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource} https: data:`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${asset('media', 'preview.css')}">
<title>Leaddocs Preview</title>
</head>
<body>
<div class="layout">
<main class="document">
<header class="header-card" id="header"></header>
<article class="markdown-body" id="body"><p class="placeholder-text">Loading the preview…</p></article>
</main>
<aside class="checklist-panel" id="checklist" aria-label="Checklist and findings"></aside>
</div>
<script nonce="${nonce}" src="${asset('dist', 'preview.js')}"></script>
</body>
</html>`;
}
