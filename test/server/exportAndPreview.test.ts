import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { exportRequest, type ExportParams, type ExportResponse } from '../../server/src/protocol/exportProtocol';
import { previewRequest, type PreviewContent } from '../../server/src/protocol/previewProtocol';
import { LspTestClient } from '../support/lspClient';

const brief = readFileSync(join(__dirname, '..', '..', 'examples', 'briefs', 'q3-platform-migration.md'), 'utf8');
const hostile = readFileSync(join(__dirname, '..', 'export', 'fixtures', 'hostile-brief.md'), 'utf8');

describe('leaddocs/export and leaddocs/preview', () => {
  let client: LspTestClient;
  let folder: string;
  const exportAs = (params: ExportParams): Promise<ExportResponse> => client.connection.sendRequest(exportRequest, params);
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'leaddocs-export-'));
    client = await LspTestClient.start({ workspaceFolders: [pathToFileURL(folder).href] });
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('exports the editor\'s text, unsaved edits included, in every format', async () => {
    const uri = `${pathToFileURL(folder).href}/briefs/q3.md`;
    client.open(uri, brief.replace('## Context', '## Context\n\nAn edit not yet saved.'));
    for (const format of ['html', 'pdf', 'pptx', 'docx', 'md'] as const) {
      const result = await exportAs({ uri, format, requireType: 'brief' });
      assert.equal(result.refusal, undefined);
      assert.equal(result.extension, format);
      assert.equal(result.fileName, format === 'md' ? 'q3.export.md' : `q3.${format}`);
      assert.equal(result.omittedSections, 1, 'the Appendix is confidential');
      const bytes = Buffer.from(result.base64, 'base64');
      assert.ok(bytes.byteLength > 200, `${format}: ${bytes.byteLength} bytes`);
      if (format === 'html' || format === 'md') assert.match(bytes.toString('utf8'), /An edit not yet saved/);
    }
  });

  it('refuses a non-brief for Export Brief, renders nothing for checkOnly, and names concerns', async () => {
    const uri = `${pathToFileURL(folder).href}/notes.md`;
    client.open(uri, '# Notes\n\nJust notes.\n');
    const refused = await exportAs({ uri, format: 'pdf', requireType: 'brief' });
    assert.match(refused.refusal ?? '', /not an executive brief/);
    assert.equal(refused.base64, '');

    const thin = `${pathToFileURL(folder).href}/briefs/thin.md`;
    client.open(thin, '---\ntype: brief\nstatus: draft\n---\n# Thin brief\n\nNothing yet.\n');
    const checked = await exportAs({ uri: thin, format: 'pptx', requireType: 'brief', checkOnly: true });
    assert.equal(checked.base64, '');
    assert.ok(checked.concerns.some((concern) => /below the pass mark/.test(concern)), checked.concerns.join('; '));
  });

  it('previews the body as inert HTML with header, checklist and findings', async () => {
    const uri = `${pathToFileURL(folder).href}/briefs/hostile.md`;
    client.open(uri, hostile);
    const preview: PreviewContent = await client.connection.sendRequest(previewRequest, { uri });
    assert.equal(preview.version, 1);
    assert.doesNotMatch(preview.html, /<(script|img|iframe)\b/i);
    assert.doesNotMatch(preview.html, /<[^>]*\son\w+=/i, 'no event handler attribute in any tag');
    assert.doesNotMatch(preview.html, /href="(javascript|data):/i);
    assert.match(preview.html, /&lt;script/);
    assert.equal(preview.info.type, 'brief');
    assert.ok(preview.header.some((field) => field.label === 'Type'));
    assert.ok(preview.info.checklist.length > 0);
  });
});
