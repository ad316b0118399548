import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildCli, leaddocs, makeWorkspace } from './cliTestSupport';

describe('leaddocs types', () => {
  it('lists built-in and custom types, where each came from, and the globs in force', () => {
    buildCli();
    const root = makeWorkspace({
      '.vscode/settings.json': JSON.stringify({ 'leaddocs.customTypes': ['types/okr.doctype.json'], 'leaddocs.documentTypes.paths': { adr: ['design/decisions/**'] } }),
      'types/okr.doctype.json': JSON.stringify({ id: 'okr', label: 'Quarterly OKRs', detect: { paths: ['**/okrs/**'] }, checklist: [] }),
    });
    try {
      const json = leaddocs(['types', '--format', 'json'], root);
      assert.equal(json.status, 0, json.stderr);
      const { types } = JSON.parse(json.stdout) as { types: Array<{ id: string; origin: string; paths: string[]; pathsFrom: string }> };
      assert.deepEqual(types.map((type) => type.id), ['adr', 'brief', 'mentorship-plan', 'portfolio', 'postmortem', 'okr']);
      assert.deepEqual(types[0], { id: 'adr', label: 'Architecture decision record', origin: 'built-in', paths: ['design/decisions/**'], pathsFrom: 'settings' });
      assert.deepEqual(types[5], { id: 'okr', label: 'Quarterly OKRs', origin: 'types/okr.doctype.json', paths: ['**/okrs/**'], pathsFrom: 'type' });

      const text = leaddocs(['types'], root);
      assert.match(text.stdout, /^okr {2}Quarterly OKRs\n {2}from: {2}types\/okr\.doctype\.json\n {2}paths: \*\*\/okrs\/\*\*\n/m);
      assert.match(text.stdout, /^ {2}paths: design\/decisions\/\*\* \(from leaddocs\.documentTypes\.paths\)$/m);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('names a custom type that cannot be loaded and exits 2, listing the others', () => {
    buildCli();
    const root = makeWorkspace({ '.vscode/settings.json': JSON.stringify({ 'leaddocs.customTypes': ['types/missing.doctype.json'] }) });
    try {
      const result = leaddocs(['types'], root);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /^leaddocs: Custom document type types\/missing\.doctype\.json was not loaded: types\/missing\.doctype\.json was not found in any workspace folder\.$/m);
      assert.match(result.stdout, /^adr {2}Architecture decision record$/m);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
