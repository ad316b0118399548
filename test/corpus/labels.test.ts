import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinDocTypes } from '../../server/src/engine';
import { readLabels, readSources, repositoryFolder, splitOf } from '../../scripts/corpus/corpusLabels';

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

  const sizeOf = (split: 'tuning' | 'heldout') => {
    const mine = labels.filter((label) => splitOf(label) === split);
    const adrs = mine.filter((label) => label.type === 'adr');
    return {
      adrs: adrs.length,
      organisations: new Set(adrs.map((label) => label.source.repo.split('/')[0])),
      postmortems: mine.filter((label) => label.type === 'postmortem').length,
      negatives: mine.filter((label) => label.type === null).length,
    };
  };

  it('hold at least 300 ADRs from 8 organisations, 40 postmortems and 200 negatives to tune on', () => {
    const tuning = sizeOf('tuning');
    assert.ok(tuning.adrs >= 300, `${tuning.adrs} ADRs`);
    assert.ok(tuning.organisations.size >= 8, `${tuning.organisations.size} organisations`);
    assert.ok(tuning.postmortems >= 40);
    assert.ok(tuning.negatives >= 200);
  });

  it('hold out 100 ADRs from 4 organisations the tuning split never saw, 15 postmortems and 50 negatives', () => {
    const heldout = sizeOf('heldout');
    const tuningOrganisations = sizeOf('tuning').organisations;
    const newOrganisations = [...heldout.organisations].filter((organisation) => !tuningOrganisations.has(organisation));
    assert.ok(heldout.adrs >= 100, `${heldout.adrs} ADRs`);
    assert.ok(newOrganisations.length >= 4, `${newOrganisations.length} new organisations`);
    assert.ok(heldout.postmortems >= 15);
    assert.ok(heldout.negatives >= 50);
    const tuningRepositories = new Set(labels.filter((label) => splitOf(label) === 'tuning').map((label) => label.source.repo));
    for (const label of labels.filter((l) => splitOf(l) === 'heldout')) assert.ok(!tuningRepositories.has(label.source.repo), `${label.path}: its repository is in the tuning split`);
  });
});
