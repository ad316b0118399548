import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultServerSettings, parseSettings } from '../../server/src/settings/parseSettings';

// The client's authoring settings travel to the server with the rest of the `leaddocs` section.
describe('client-only settings reach the server harmlessly', () => {
  it('are ignored without a problem', () => {
    const { settings, problems } = parseSettings({ fixAllOnSave: true, export: { folder: 'out' } });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, defaultServerSettings);
  });

  it('while the templates folder is the server\'s: it renders new documents', () => {
    assert.equal(parseSettings({ templates: { folder: ' .leaddocs/templates ' } }).settings.templatesFolder, '.leaddocs/templates');
    assert.equal(parseSettings({ 'templates.folder': '' }).settings.templatesFolder, undefined);
  });

  it('while the folders for new documents are the server\'s, by type id', () => {
    const { settings, problems } = parseSettings({ adr: { folder: 'design/adr' }, 'postmortem.folder': ' incidents ', brief: { folder: '' }, portfolio: { folder: 3 } });
    assert.deepEqual(settings.newDocumentFolders, { adr: 'design/adr', postmortem: 'incidents' });
    assert.deepEqual(problems, ['leaddocs.portfolio.folder must be a folder path; ignoring 3.']);
  });
});
