import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultServerSettings, parseSettings } from '../../server/src/settings/parseSettings';
import { settingsSchema } from '../../server/src/settings/settingsSchema';

describe('parseSettings', () => {
  it('takes every default from the settings schema', () => {
    assert.deepEqual(defaultServerSettings, {
      engine: {
        rules: settingsSchema['leaddocs.rules'].default,
        passMark: settingsSchema['leaddocs.passMark'].default,
        pathGlobs: settingsSchema['leaddocs.documentTypes.paths'].default,
        ignore: settingsSchema['leaddocs.ignore'].default,
      },
      customTypes: settingsSchema['leaddocs.customTypes'].default,
      // Not set: the server adapts the delay to each document.
      validationDelay: undefined,
      decisionLog: {
        staleProposalDays: settingsSchema['leaddocs.decisionLog.staleProposalDays'].default,
        file: settingsSchema['leaddocs.decisionLog.file'].default,
        order: settingsSchema['leaddocs.decisionLog.order'].default,
      },
      newDocumentFolders: {},
      templatesFolder: undefined,
    });
  });

  it('reads nested keys as VS Code sends them and flat dotted keys as other clients do', () => {
    const nested = parseSettings({ validation: { delay: 10 }, documentTypes: { paths: { adr: ['decisions/**'] } } });
    const flat = parseSettings({ 'validation.delay': 10, 'documentTypes.paths': { adr: ['decisions/**'] } });
    assert.deepEqual(nested, flat);
    assert.equal(nested.settings.validationDelay, 10);
    assert.deepEqual(nested.settings.engine.pathGlobs, { adr: ['decisions/**'] });
    assert.deepEqual(nested.problems, []);
  });

  it('tells a delay the user chose, even the old default, from one not set', () => {
    assert.equal(parseSettings({ validation: { delay: 300 } }).settings.validationDelay, 300);
    assert.equal(parseSettings({ validation: { delay: 0 } }).settings.validationDelay, 0);
    // VS Code sends a setting's default when nothing is set: null, for this one.
    assert.equal(parseSettings({ validation: { delay: null } }).settings.validationDelay, undefined);
    assert.equal(parseSettings({}).settings.validationDelay, undefined);
  });

  it('keeps the good values and names each bad one', () => {
    const { settings, problems } = parseSettings({
      rules: { 'required-section': 'off', 'empty-section': 'loud' },
      passMark: 101,
      validation: { delay: 'soon' },
      documentTypes: { paths: { adr: 'records/**', brief: [1] } },
      customTypes: ['team/okr.doctype.json', '', 7],
      decisionLog: { staleProposalDays: 0, file: '../escape.md', order: 'status' },
    });
    assert.deepEqual(settings, {
      engine: { rules: { 'required-section': 'off' }, passMark: 80, pathGlobs: { adr: ['records/**'] }, ignore: [] },
      customTypes: ['team/okr.doctype.json'],
      validationDelay: undefined,
      decisionLog: { staleProposalDays: 30, file: 'README.md', order: 'status' },
      newDocumentFolders: {},
      templatesFolder: undefined,
    });
    assert.equal(problems.length, 7);
    for (const key of ['rules.empty-section', 'passMark', 'validation.delay', 'paths.brief', 'customTypes', 'staleProposalDays', 'decisionLog.file']) {
      assert.ok(problems.some((problem) => problem.includes(key)), `a problem names ${key}: ${problems.join(' | ')}`);
    }
  });

  it('never throws, whatever the client sends', () => {
    for (const section of [null, undefined, 42, 'leaddocs', [], [1, 2], { rules: [] }, { rules: null }, { validation: 3 }, Object.create(null)]) {
      assert.doesNotThrow(() => parseSettings(section));
    }
  });
});
