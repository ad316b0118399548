import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinDocTypes } from '../../server/src/engine';
import { readLabels, readSources, repositoryFolder } from '../../scripts/corpus/corpusLabels';

// The corpus documents are not in the repository (see test/corpus/README.md), but their labels
// are: these checks keep the labels usable by the evaluation and the corpus as large as issue 9 asks.
const labels = readLabels();
const sources = readSources();
const adrSpec = builtinDocTypes.find((docType) => docType.spec.id === 'adr')?.spec;

describe('detection corpus labels', () => {
  it('name each document by its repository and its path there, once', () => {
    for (const label of labels) assert.equal(label.path, `${repositoryFolder(label.source.repo)}/${label.source.path}`);
    assert.equal(new Set(labels.map((label) => label.path)).size, labels.length);
  });

  it('pin every document to the commit and licence recorded for its repository, with its hash', () => {
    for (const label of labels) {
      const source = sources[label.source.repo];
      assert.ok(source, `${label.source.repo} is missing from sources.json`);
      assert.equal(label.source.commit, source.commit, label.path);
      assert.match(label.source.commit, /^[0-9a-f]{40}$/);
      assert.match(label.sha256, /^[0-9a-f]{64}$/, label.path);
      assert.ok(source.licence.length > 0 && source.licenceFile.length > 0, `${label.source.repo} has no licence recorded`);
    }
    assert.deepEqual(Object.keys(sources).sort(), [...new Set(labels.map((label) => label.source.repo))].sort());
  });

  it('use the engine type ids and canonical ADR statuses', () => {
    const typeIds = new Set(builtinDocTypes.map((docType) => docType.spec.id));
    const statuses = new Set(Object.keys(adrSpec?.status?.values ?? {}));
    for (const label of labels) {
      if (label.type === null) {
        assert.ok(label.kind, `${label.path}: a negative says what kind of document it is`);
        continue;
      }
      assert.ok(typeIds.has(label.type), `${label.path}: unknown type ${label.type}`);
      if (label.type !== 'adr') continue;
      assert.ok(label.status === null || (label.status !== undefined && statuses.has(label.status)), `${label.path}: status ${String(label.status)}`);
      if (label.statusTarget !== undefined) assert.equal(label.status, 'superseded', `${label.path}: a target names what supersedes`);
    }
  });

  it('hold at least 300 ADRs from 8 organisations, 40 postmortems and 200 negatives', () => {
    const adrs = labels.filter((label) => label.type === 'adr');
    const organisations = new Set(adrs.map((label) => label.source.repo.split('/')[0]));
    assert.ok(adrs.length >= 300, `${adrs.length} ADRs`);
    assert.ok(organisations.size >= 8, `${organisations.size} organisations`);
    assert.ok(labels.filter((label) => label.type === 'postmortem').length >= 40);
    assert.ok(labels.filter((label) => label.type === null).length >= 200);
  });
});
