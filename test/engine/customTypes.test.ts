import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinDocTypes, createEngine, type DocTypeSpec } from '../../server/src/engine';
import { checkDocTypeSpec } from '../../server/src/engine/doctypes/checkDocTypeSpec';
import { createSchemaCompiler } from '../../server/src/engine/doctypes/frontMatterValidator';
import { lines } from '../support/documents';

const oneOnOne: DocTypeSpec = {
  id: 'one-on-one',
  label: 'One-on-one notes',
  detect: { paths: ['**/one-on-ones/**'] },
  sections: [
    { id: 'agenda', title: 'Agenda', required: true },
    { id: 'actions', title: 'Action Items', aliases: ['actions'], required: true },
  ],
  checklist: [{ id: 'owners', label: 'Every action has an owner', check: { kind: 'eachItem', section: 'actions', patterns: ['@\\w+'] }, section: 'actions' }],
};

describe('custom document types', () => {
  it('leaves the built-in types unchecked at build time because each of them passes the check a team type gets', () => {
    for (const docType of builtinDocTypes) assert.deepEqual(checkDocTypeSpec(docType.spec, 'builtin'), [], docType.spec.id);
  });

  it("leaves the built-in schemas unchecked against the meta-schema at build time because each of them passes it", () => {
    const checked = createSchemaCompiler({ checkSchemas: true });
    for (const docType of builtinDocTypes) {
      assert.ok(docType.builtin && docType.frontMatterSchema !== undefined, docType.spec.id);
      assert.doesNotThrow(() => checked(docType.frontMatterSchema as Record<string, unknown>), docType.spec.id);
    }
  });

  it("reports a team type's schema that breaks the meta-schema, and checks its documents without it", () => {
    const engine = createEngine({ docTypes: [...builtinDocTypes, { spec: oneOnOne, frontMatterSchema: { type: 'object', properties: { owner: { type: 'no-such-type' } } } }] });
    assert.equal(engine.configurationProblems.length, 1);
    assert.match(engine.configurationProblems[0] ?? '', /front matter schema of type 'one-on-one' does not compile: schema is invalid/);
    assert.equal(engine.analyze({ uri: 'file:///w/one-on-ones/ana.md', path: 'one-on-ones/ana.md', text: lines('# Ana, 3 March', '', '## Agenda', '', '- growth') }).type, 'one-on-one');
  });

  it('checks a team type declared only as data', () => {
    const engine = createEngine({ docTypes: [...builtinDocTypes, { spec: oneOnOne }] });
    const analysis = engine.analyze({ uri: 'file:///w/one-on-ones/ana.md', path: 'one-on-ones/ana.md', text: lines('# Ana, 3 March', '', '## Agenda', '', '- growth', '', '## Actions', '', '- book the course @ana', '- draft the plan') });
    assert.equal(analysis.type, 'one-on-one');
    assert.deepEqual(analysis.checklist.map((item) => [item.id, item.passed]), [['owners', false]]);
    assert.equal(analysis.score, 0);
    assert.deepEqual(engine.configurationProblems, []);
  });

  it('leaves out a type with an invalid pattern and says why, without breaking analysis', () => {
    const broken: DocTypeSpec = { ...oneOnOne, checklist: [{ id: 'bad', label: 'x', check: { kind: 'pattern', regex: '(' } }] };
    const engine = createEngine({ docTypes: [...builtinDocTypes, { spec: broken }] });
    assert.equal(engine.configurationProblems.length, 1);
    assert.match(engine.configurationProblems[0] ?? '', /one-on-one' is left out: checklist item 'bad' has a pattern at \/checklist\/0\/check\/regex that is refused/);
    const analysis = engine.analyze({ uri: 'file:///w/one-on-ones/ana.md', path: 'one-on-ones/ana.md', text: lines('# Ana') });
    assert.equal(analysis.type, null);
  });

  it('leaves out a spec that does not match the doctype schema', () => {
    const engine = createEngine({ docTypes: [{ spec: { id: 'Bad Id', label: 'x' } as unknown as DocTypeSpec }] });
    assert.match(engine.configurationProblems[0] ?? '', /Bad Id/);
    assert.equal(engine.docTypes.length, 0);
  });
});
