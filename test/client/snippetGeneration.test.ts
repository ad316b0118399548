import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildSkeletons } from '../../scripts/authoring/skeletons';
import { choice, mirror, prompt, snippetBody, stop, templateText, text, title, today } from '../../scripts/authoring/snippetParts';

const root = join(import.meta.dirname, '..', '..');
const skeletons = buildSkeletons(root);

interface SpecSection {
  readonly title: string;
  readonly level?: number;
}

function specSections(typeId: string, variant?: string): SpecSection[] {
  const spec = JSON.parse(readFileSync(join(root, 'doctypes', `${typeId}.doctype.json`), 'utf8')) as { sections?: SpecSection[]; variants?: { id: string; sections: SpecSection[] }[] };
  return variant === undefined ? (spec.sections ?? []) : (spec.variants?.find((entry) => entry.id === variant)?.sections ?? []);
}

function skeletonNamed(name: string): string[] {
  const skeleton = skeletons.find((entry) => entry.name === name);
  assert.ok(skeleton, `skeleton ${name}`);
  return snippetBody(skeleton.lines);
}

describe('snippet skeletons follow the doctypes', () => {
  const cases: ReadonlyArray<[name: string, typeId: string, variant?: string]> = [
    ['ADR (MADR 4)', 'adr', 'madr'],
    ['ADR (Nygard)', 'adr', 'nygard'],
    ['Executive brief', 'brief'],
    ['Mentorship plan', 'mentorship-plan'],
    ['Leadership portfolio', 'portfolio'],
    ['Postmortem', 'postmortem'],
  ];
  for (const [name, typeId, variant] of cases) {
    it(`${name} has every section of ${typeId}${variant === undefined ? '' : ` (${variant})`}, in spec order`, () => {
      const headings = skeletonNamed(name).filter((line) => /^#{2,6} /.test(line) && !line.includes('$'));
      const expected = specSections(typeId, variant).map((section) => `${'#'.repeat(section.level ?? 2)} ${section.title}`);
      assert.deepEqual(headings.filter((heading) => expected.includes(heading)), expected);
    });
  }

  it('offers the status values and schema enums as choices', () => {
    assert.ok(skeletonNamed('ADR (MADR 4)').includes('status: ${1|proposed,accepted,rejected,deprecated,superseded,implemented|}'));
    assert.ok(skeletonNamed('Mentorship plan').some((line) => line.startsWith('cadence: ${') && line.includes('|weekly,biweekly,fortnightly,monthly,quarterly|')));
    assert.ok(skeletonNamed('Postmortem').some((line) => line.includes('|SEV0,SEV1,SEV2,SEV3,SEV4|')));
  });
});

describe('snippetBody and templateText', () => {
  const lines = [
    [text('status: '), choice(['a,b', 'c|d'])],
    [text('date: '), today()],
    [text('# '), title('{title}')],
    [text('* '), stop('{option}', 'option')],
    [text('Chosen: '), mirror('option'), text(' costs $5')],
    prompt('Chosen option: "{title of option}", because {justification}.'),
  ];

  it('numbers tab stops in reading order and escapes snippet syntax', () => {
    assert.deepEqual(snippetBody(lines), [
      'status: ${1|a\\,b,c\\|d|}',
      'date: ${2:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}',
      '# ${3:{title\\}}',
      '* ${4:{option\\}}',
      'Chosen: ${4} costs \\$5',
      'Chosen option: "${5:{title of option\\}}", because ${6:{justification\\}}.',
    ]);
  });

  it('resolves the same skeleton into a template with {{title}} and {{date}}', () => {
    assert.equal(templateText(lines), 'status: a,b\ndate: {{date}}\n# {{title}}\n* {option}\nChosen: {option} costs $5\nChosen option: "{title of option}", because {justification}.');
  });

  it('keeps the committed templates what the skeletons resolve to', () => {
    for (const skeleton of skeletons) {
      assert.equal(readFileSync(join(root, 'templates', `${skeleton.template}.md`), 'utf8'), templateText(skeleton.lines).trimEnd() + '\n', skeleton.template);
    }
  });
});
