import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeDocument } from '../../client/src/statusText';
import { toDocumentInfo } from '../../server/src/lsp/documentInfo';
import { analyze, lines } from '../support/documents';

describe('the language status item says why a document is checked', () => {
  it('names the folder and headings that made it an ADR, and leaves out evidence against', () => {
    const nygard = lines('# Use Kafka', '', '## Status', '', 'Accepted', '', '## Context', '', 'c', '', '## Decision', '', 'd', '', '## Consequences', '', 'e', '', '## Motivation', '', 'm');
    const { detail } = describeDocument(toDocumentInfo(analyze(nygard, 'docs/decisions/use-kafka.md'), 1));
    assert.match(detail, /^Architecture decision record: folder `decisions`, headings Status\/Context\/Decision\/Consequences · /);
    assert.doesNotMatch(detail, /Motivation/);
  });

  it('says when front matter or a setting decided it', () => {
    assert.match(describeDocument(toDocumentInfo(analyze(lines('---', 'type: adr', '---', '# T'), 'x.md'), 1)).detail, /front matter names the type/);
    const configured = analyze(lines('# T'), 'records/x.md', { settings: { pathGlobs: { adr: ['records/**'] } } });
    assert.match(describeDocument(toDocumentInfo(configured, 1)).detail, /leaddocs\.documentTypes\.paths/);
  });
});
