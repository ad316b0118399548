import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SetTraceNotification } from 'vscode-languageserver-protocol';
import { nygardWithoutConsequences } from '../support/adrTexts';
import { LspTestClient } from '../support/lspClient';

const workspace = 'file:///workspace/tracing';

describe('$/setTrace', () => {
  it('sends $/logTrace lines about each validation once tracing is on', async () => {
    const client = await LspTestClient.start({ workspaceFolders: [workspace] });
    try {
      const quiet = `${workspace}/doc/adr/0000-before-tracing.md`;
      client.open(quiet, nygardWithoutConsequences);
      await client.diagnostics(quiet);
      await client.documentInfo(quiet);
      assert.deepEqual(client.traces.history, [], 'tracing is off until the client turns it on');

      await client.connection.sendNotification(SetTraceNotification.type, { value: 'verbose' });
      const uri = `${workspace}/doc/adr/0001-use-postgresql.md`;
      client.open(uri, nygardWithoutConsequences);
      await client.diagnostics(uri);

      const { message } = await client.traces.take((trace) => trace.message.includes('checked'), 5000, () => 'a $/logTrace about the validation');
      assert.match(message, /checked .*0001-use-postgresql\.md v1 in [\d.]+ ms/);
    } finally {
      await client.stop();
    }
  });
});
