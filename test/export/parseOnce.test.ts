import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinDocTypes, createEngine } from '../../server/src/engine/index';
import { observeMarkdownParses, type MarkdownParseKind } from '../../server/src/engine/model/markdown';
import { buildPreviewParts, EXPORT_FORMATS, exportDocument } from '../../server/src/export/index';
import { renderHtmlBody } from '../../server/src/export/renderers/html';
import { BRIEF_PATH, fixtureText } from './exportTestSupport';

/** The markdown parses `run` makes, by kind. */
async function parsesDuring(run: () => unknown): Promise<MarkdownParseKind[]> {
  const seen: MarkdownParseKind[] = [];
  const stop = observeMarkdownParses((kind) => seen.push(kind));
  try {
    await run();
  } finally {
    stop();
  }
  return seen;
}

describe('one parse per request', () => {
  const engine = createEngine({ docTypes: builtinDocTypes });
  const text = fixtureText('platform-migration-brief.md');

  it('the analysis parses the document once, block structure only', async () => {
    assert.deepEqual(await parsesDuring(() => engine.analyze({ uri: 'file:///brief.md', path: 'briefs/brief.md', text })), ['checking']);
  });

  for (const format of EXPORT_FORMATS) {
    it(`an export to ${format.id} reads the analysis and parses the body's markdown exactly once`, async () => {
      const analysis = engine.analyze({ uri: 'file:///brief.md', path: 'briefs/brief.md', text });
      assert.deepEqual(await parsesDuring(() => exportDocument(analysis, { format: format.id, path: BRIEF_PATH })), ['reading']);
    });
  }

  it('a preview reads the analysis and parses the body\'s markdown exactly once', async () => {
    const analysis = engine.analyze({ uri: 'file:///brief.md', path: 'briefs/brief.md', text });
    const seen = await parsesDuring(() => renderHtmlBody(buildPreviewParts(analysis).body));
    assert.deepEqual(seen, ['reading']);
  });

  it('stops counting when the observer is removed', async () => {
    const seen: MarkdownParseKind[] = [];
    observeMarkdownParses((kind) => seen.push(kind))();
    engine.analyze({ uri: 'file:///brief.md', text });
    assert.deepEqual(seen, []);
  });
});
