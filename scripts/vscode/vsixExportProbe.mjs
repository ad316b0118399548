// Proves an installed extension can export without the repository's node_modules: starts its
// dist/server.js over stdio from the install folder and asks it for every format.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import rpc from 'vscode-jsonrpc/node';
import { repoRoot } from './toolPaths.mjs';

const SIGNATURES = { pdf: '%PDF-', pptx: 'PK', docx: 'PK', html: '<!DOCTYPE html>', md: '' };

/** @returns {Promise<Record<string, { bytes: number, ms: number }>>} per format */
export async function probeExports(installedDir, nodePath = process.execPath) {
  const source = path.join(repoRoot, 'examples', 'briefs', 'q3-platform-migration.md');
  // cwd outside the repository, so nothing can be found in its node_modules by accident.
  const child = spawn(nodePath, [path.join(installedDir, 'dist', 'server.js'), '--stdio'], { cwd: installedDir, stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.listen();
  const results = {};
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    const uri = new URL(`file://${source}`).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(source, 'utf8') } });
    for (const [format, signature] of Object.entries(SIGNATURES)) {
      const started = performance.now();
      const response = await connection.sendRequest('leaddocs/export', { uri, format });
      const bytes = Buffer.from(response.base64, 'base64');
      if (bytes.byteLength === 0 || !bytes.subarray(0, 32).toString('latin1').startsWith(signature)) {
        throw new Error(`the installed server's ${format} export is not a ${format} file (${bytes.byteLength} bytes)`);
      }
      results[format] = { bytes: bytes.byteLength, ms: Math.round(performance.now() - started) };
    }
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } finally {
    connection.dispose();
    child.kill();
  }
  return results;
}
