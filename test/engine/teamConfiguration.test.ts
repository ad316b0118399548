/**
 * A team's configuration is checked when the engine is built: patterns run on RE2, globs compile
 * to linear programs, and a type nested too deep is refused alone. The reproducers of issue 8
 * (defects 4 and 5) answer in milliseconds; the per-test timeout is only a hang guard.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinDocTypes, createEngine, type DocTypeSpec, type ResolvedDocType } from '../../server/src/engine';
import { compileGlob } from '../../server/src/engine/doctypes/teamGlobs';
import { lines } from '../support/documents';

const HANG_GUARD = { timeout: 10_000 };

function teamType(overrides: Partial<DocTypeSpec> = {}, schema?: Record<string, unknown>): ResolvedDocType {
  const spec: DocTypeSpec = {
    id: 'okr',
    label: 'Quarterly OKRs',
    detect: { paths: ['**/okrs/**'] },
    sections: [{ id: 'objective', title: 'Objective', required: true }],
    checklist: [{ id: 'objective-written', label: 'Objective written', check: { kind: 'section', section: 'objective', nonEmpty: true } }],
    ...overrides,
  };
  return { spec, ...(schema === undefined ? {} : { frontMatterSchema: schema }), source: { spec: 'team/okr.doctype.json', ...(schema === undefined ? {} : { frontMatterSchema: 'okr.schema.json' }) } };
}

function analyzeAt(docTypes: readonly ResolvedDocType[], path: string, text: string, pathGlobs: Record<string, string[]> = {}) {
  const engine = createEngine({ docTypes: [...builtinDocTypes, ...docTypes], settings: { pathGlobs } });
  return { engine, analysis: engine.analyze({ uri: `file:///w/${path}`, path, text }) };
}

const adrText = lines('# 1. Use PostgreSQL', '', 'Date: 2026-03-14', '', '## Status', '', 'Accepted', '', '## Context', '', 'We need a database.', '', '## Decision', '', 'PostgreSQL.');

describe('team checklist patterns run on a linear-time engine', () => {
  it('answers (a+)+$ on a 30-character section at once, and still judges it', HANG_GUARD, () => {
    const type = teamType({ checklist: [{ id: 'nested', label: 'Nested quantifiers', check: { kind: 'pattern', section: 'objective', regex: '(a+)+$', flags: 'm' } }] });
    const failing = analyzeAt([type], 'okrs/q3.md', lines('# Q3', '', '## Objective', '', 'a'.repeat(30) + '!'));
    assert.deepEqual(failing.engine.configurationProblems, []);
    assert.deepEqual(failing.analysis.checklist.map((item) => [item.id, item.passed]), [['nested', false]]);
    const passing = analyzeAt([type], 'okrs/q3.md', lines('# Q3', '', '## Objective', '', 'a'.repeat(30)));
    assert.deepEqual(passing.analysis.checklist.map((item) => [item.id, item.passed]), [['nested', true]]);
  });

  it('refuses a backreference or lookaround, naming the file and field, and keeps the other types', () => {
    const checks = [
      { id: 'backreference', label: 'x', check: { kind: 'pattern', regex: '(a)\\1' } },
      { id: 'lookahead', label: 'x', check: { kind: 'eachItem', section: 'objective', patterns: ['ok', '(?=a)b'] } },
    ] as const;
    const { engine, analysis } = analyzeAt([teamType({ checklist: checks })], 'doc/adr/0001-use-postgresql.md', adrText);
    assert.equal(engine.configurationProblems.length, 2);
    assert.match(engine.configurationProblems[0] ?? '', /^Document type 'okr' \(team\/okr\.doctype\.json\) is left out: checklist item 'backreference' has a pattern at \/checklist\/0\/check\/regex that is refused: .*linear-time/);
    assert.match(engine.configurationProblems[1] ?? '', /checklist item 'lookahead' has a pattern at \/checklist\/1\/check\/patterns\/1 that is refused/);
    assert.deepEqual(engine.docTypes.map((type) => type.spec.id), builtinDocTypes.map((type) => type.spec.id));
    assert.equal(analysis.type, 'adr');
  });

  it('refuses a named backreference rather than reading it as a literal', () => {
    const { engine } = analyzeAt([teamType({ checklist: [{ id: 'named', label: 'x', check: { kind: 'pattern', regex: '(?<word>a)\\k<word>' } }] })], 'okrs/q3.md', '# Q3\n');
    assert.match(engine.configurationProblems[0] ?? '', /backreferences are not supported/);
  });

  it('keeps JavaScript spellings RE2 understands: \\u escapes, named groups, flags', () => {
    const type = teamType({ checklist: [{ id: 'accent', label: 'x', check: { kind: 'pattern', section: 'objective', regex: '(?<word>caf\\u00e9)', flags: 'i' } }] });
    const { engine, analysis } = analyzeAt([type], 'okrs/q3.md', lines('# Q3', '', '## Objective', '', 'A CAFÉ for every team.'));
    assert.deepEqual(engine.configurationProblems, []);
    assert.equal(analysis.checklist[0]?.passed, true);
  });

  it('still runs the built-in types’ lookaround patterns', () => {
    assert.deepEqual(createEngine({ docTypes: builtinDocTypes }).configurationProblems, []);
  });
});

describe('team schema patterns run on a linear-time engine', () => {
  it('answers ^(a|aa)+$ on a 45-character value at once', HANG_GUARD, () => {
    const schema = { type: 'object', properties: { code: { type: 'string', pattern: '^(a|aa)+$' } } };
    const { engine, analysis } = analyzeAt([teamType({}, schema)], 'okrs/q3.md', lines('---', `code: ${'a'.repeat(45)}!`, '---', '# Q3', '', '## Objective', '', 'Ship.'));
    assert.deepEqual(engine.configurationProblems, []);
    assert.deepEqual(analysis.findings.filter((finding) => finding.code === 'front-matter-schema').map((finding) => finding.message), [`'code' must match pattern "^(a|aa)+$".`]);
  });

  it('refuses a schema whose pattern or patternProperties key RE2 cannot run, naming the file and field', () => {
    const schema = { type: 'object', properties: { code: { type: 'string', pattern: '^(?!x)' } }, patternProperties: { '^(a)\\1$': { type: 'string' } } };
    const { engine, analysis } = analyzeAt([teamType({}, schema)], 'okrs/q3.md', lines('# Q3', '', '## Objective', '', 'Ship.'));
    assert.equal(engine.configurationProblems.length, 1);
    const problem = engine.configurationProblems[0] ?? '';
    assert.match(problem, /^The front matter schema of type 'okr' \(okr\.schema\.json\) is not used: /);
    assert.match(problem, /\/properties\/code\/pattern: /);
    assert.match(problem, /\/patternProperties: key "\^\(a\)\\\\1\$": /);
    // The type itself still works; only its schema is set aside.
    assert.equal(analysis.type, 'okr');
  });
});

describe('path globs compile to linear programs', () => {
  const fourteenWildcards = '*a'.repeat(14) + '*b';

  it('answers a glob of 14 *a wildcards on a 40-character file name at once', HANG_GUARD, () => {
    const { engine, analysis } = analyzeAt([teamType()], 'a'.repeat(40), '# Notes\n', { okr: [fourteenWildcards] });
    assert.deepEqual(engine.configurationProblems, []);
    assert.equal(analysis.type, null);
    assert.equal(compileGlob(fourteenWildcards)('a'.repeat(39) + 'b'), true);
  });

  it('answers nested ** and * over a long, deep path at once', HANG_GUARD, () => {
    const deepPath = ('a'.repeat(250) + '/').repeat(16) + 'a'.repeat(250);
    assert.equal(compileGlob('**/a*/**/a*/**/a*/**/*a*b')(deepPath), false);
  });

  it('matches as the documented globs do', () => {
    const cases: Array<[string, string, boolean]> = [
      ['**/okrs/**', 'okrs', true],
      ['**/okrs/**', 'team/okrs/q3.md', true],
      ['**/okrs/**', 'team/okrsx/q3.md', false],
      ['docs/{adr,decisions}/*.md', 'Docs/ADR/0001.MD', true],
      ['docs/{adr,decisions}/*.md', 'docs/adr/sub/0001.md', false],
      ['**/*template*.md', 'docs/adr-template.md', true],
      ['a?b[0-9].md', 'aXb2.md', true],
      ['a?b[!0-9].md', 'aXb2.md', false],
      ['**/.hidden/*.md', 'x/.hidden/y.md', true],
      ['!**/draft-*.md', 'notes/draft-1.md', false],
      ['!**/draft-*.md', 'notes/final.md', true],
    ];
    for (const [glob, path, expected] of cases) assert.equal(compileGlob(glob)(path), expected, `${glob} on ${path}`);
  });

  it('refuses an extended glob in the setting, naming the setting, and keeps the rest of it', () => {
    const { engine, analysis } = analyzeAt([teamType()], 'plans/q3.md', lines('# Q3', '', '## Objective', '', 'Ship.'), { okr: ['+(a|b)/**', 'plans/**'] });
    assert.deepEqual(engine.configurationProblems, ["The setting leaddocs.documentTypes.paths.okr[0] is ignored: extended globs such as +(…) are not supported."]);
    assert.equal(analysis.type, 'okr');
  });

  it('refuses a spec glob it cannot compile, naming the field', () => {
    const { engine } = analyzeAt([teamType({ detect: { paths: ['okrs/{1..3}/*.md'] } })], 'okrs/1/q3.md', '# Q3\n');
    assert.match(engine.configurationProblems[0] ?? '', /\(team\/okr\.doctype\.json\) is left out: the glob at \/detect\/paths\/0 is refused: brace ranges/);
  });
});

describe('a type nested past a sane depth', () => {
  function nested(depth: number): Record<string, unknown> {
    let value: Record<string, unknown> = { kind: 'section', section: 'objective' };
    for (let level = 0; level < depth; level++) value = { kind: 'not', check: value };
    return value;
  }

  it('is refused alone, and the engine is built with the others', HANG_GUARD, () => {
    const deep = teamType({ id: 'deep', checklist: [{ id: 'deep', label: 'x', check: nested(5000) as DocTypeSpec['checklist'][number]['check'] }] } as Partial<DocTypeSpec>);
    const { engine, analysis } = analyzeAt([deep, teamType()], 'okrs/q3.md', lines('# Q3', '', '## Objective', '', 'Ship.'));
    assert.deepEqual(engine.configurationProblems, ["Document type 'deep' (team/okr.doctype.json) is left out: the spec nests deeper than 64 levels."]);
    assert.equal(analysis.type, 'okr');
  });

  it('sets aside a schema nested too deep, keeping its type', HANG_GUARD, () => {
    let schema: Record<string, unknown> = { type: 'string' };
    for (let level = 0; level < 5000; level++) schema = { type: 'object', properties: { inner: schema } };
    const { engine, analysis } = analyzeAt([teamType({}, schema)], 'okrs/q3.md', lines('# Q3', '', '## Objective', '', 'Ship.'));
    assert.deepEqual(engine.configurationProblems, ["The front matter schema of type 'okr' (okr.schema.json) is not used: it nests deeper than 64 levels."]);
    assert.equal(analysis.type, 'okr');
  });
});
