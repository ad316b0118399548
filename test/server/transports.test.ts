import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocumentSyncKind, type TextDocumentSyncOptions } from 'vscode-languageserver-protocol';
import { nygardWithoutConsequences } from '../support/adrTexts';
import { LspTestClient } from '../support/lspClient';

const workspace = 'file:///workspace/transports';

for (const transport of ['stdio', 'node-ipc', 'socket'] as const) {
  describe(`the bundled server over ${transport}`, () => {
    it('initializes with incremental sync and publishes a diagnostic', async () => {
      const client = await LspTestClient.start({ transport, workspaceFolders: [workspace] });
      try {
        const sync = client.initializeResult?.capabilities.textDocumentSync as TextDocumentSyncOptions;
        assert.equal(sync.change, TextDocumentSyncKind.Incremental);
        assert.equal(sync.openClose, true);
        assert.equal(client.initializeResult?.serverInfo?.name, 'leaddocs');

        const uri = `${workspace}/doc/adr/0001-use-postgresql.md`;
        client.open(uri, nygardWithoutConsequences);
        const { diagnostics } = await client.diagnostics(uri);
        assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'required-section'));
      } finally {
        await client.stop();
      }
      assert.equal(client.alive, false, 'shutdown and exit end the process');
    });
  });
}
