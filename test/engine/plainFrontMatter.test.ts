import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseFrontMatter, parseFrontMatterWithYaml, type FrontMatter } from '../../server/src/engine/model/frontMatter';
import { readPlainEntries } from '../../server/src/engine/model/plainFrontMatter';
import { LineIndex } from '../../server/src/engine/text/lineIndex';

/** What a reading gives, with `rangeAt` asked for every key and the first items of each. */
function reading(frontMatter: FrontMatter | undefined): unknown {
  if (frontMatter === undefined) return undefined;
  const { rangeAt, ...rest } = frontMatter;
  const ranges = [...frontMatter.entries.keys()].flatMap((key) => [[key], [key, '0'], [key, '1'], [key, 'x']].map((path) => [path.join('/'), rangeAt(path)]));
  return { ...rest, ranges };
}

function assertSameAsYaml(yamlLines: readonly string[], lineEnding = '\n'): void {
  const lines = new LineIndex(['---', ...yamlLines, '---', '# Title', ''].join(lineEnding));
  assert.deepStrictEqual(reading(parseFrontMatter(lines)), reading(parseFrontMatterWithYaml(lines)), JSON.stringify(yamlLines));
}

// Keys and values around the edges of what the plain reader takes: YAML's null and booleans,
// numbers and dates, quotes, comments, colons, brackets, placeholders, spaces where they matter.
const KEYS = ['status', 'date', 'decision-makers', 'review_date', 'Title', 'a', 'x1', 'null', 'True', 'NULL', 'yes', 'on', 'key with space', '"quoted"', '_x', '1a', 'status'];
const VALUES = [
  '', ' ', '   ', 'accepted', 'Accepted', 'Superseded by ADR-0007', '**Accepted**', 'In Review', 'bananas', 'null', 'Null', 'NULL', '~', 'true', 'True', 'TRUE', 'tRue', 'false', 'FALSE', 'yes', 'no', 'on', 'off',
  '2025-01-02', '2021-13-01', '12-25-2021', 'March 5, 2024', '2025-01-02T10:00:00Z', '007', '42', '1e5', '0x1F', '0o17', '.inf', '-1', '+1', '1.5', '123456789012345678901', 'v1.2', '1st round',
  '"quoted"', "'single'", '"a: b # c"', "'a: b # c'", '""', "''", '"it\'s"', "'say \"hi\"'", "'it''s'", '"a\\"b"', '"a\\nb"', '"tab\there"', '"unclosed', '"a" b', '"a"b"', '"é ✅"', "'[x]'", '"{x}"', '" padded "', '"a" ', '"1"', '"true"',
  '1_000', '1.', '.5', '1e', '1e+5', '0b101', '0o8', '0xG', '2025-01-02 10:00', '20250102', '12/25/2021', '1st', '3 days', '0', '00', '10.0.1', "Ben's team", 'say "hi"', 'a # comment', 'a#b', 'http://example.com', 'https://example.com/a?b=c#d', 'a:', 'a::b', 'a: ', 'a:#', 'a :b', 'a#', '#a', 'a #b', 'a:\u00a0b', 'x:y:z', 'a#:b', 'a: b', 'a:b', 'x  y', 'trailing ', '\ttab', 'a\tb', 'é', 'Zoë', 'naïve text',
  '[Ana, Ben]', '[Ana,Ben]', '[ Ana, Ben ]', '[Ana,  Ben]', '[]', '[ ]', '[Ana, ]', '[Ana, 42, true, null]', '[Ana, "Ben"]', '[Ana, [Ben]]', '[Ana, Ben] and more', '[Ana', '[1, 2]', '[2025-01-02, 12-25-2021]', '[1e5, 0x1F]', '[1st, 2nd]', '[Ana , Ben]', '[ a ]', '[  a  ,  b  ]', '[a, , b]', '[a:b]', '[a#b]', '{a | b}', '{YYYY-MM-DD}', '{}', '{a: 1}',
  '*alias', '&anchor value', '!tag value', '| literal', '> folded', '- item', '? key', '@at', '`tick`', '%percent', 'a [b] c', 'a {b} c', 'a, b; and c', 'x\u2028y', 'x\u00a0', '\u00a0x',
];

describe('plain front matter', () => {
  it('reads the common front matter without the YAML library', () => {
    assert.notEqual(readPlainEntries(['status: accepted', 'date: 2025-01-02', 'decision-makers: [Ana, Ben]', '', 'title: Use Kafka for events']), undefined);
    assert.notEqual(readPlainEntries(['type: brief', 'draft: false', 'number: 12', 'owner:', 'title: "Use X: why"', "date: '12-25-2021'", 'start: 12-25-2021', 'url: https://example.com/post#top', 'authors: [ ana, ben ]']), undefined);
  });

  it('leaves to the library what it is not sure of', () => {
    for (const lines of [['status: "a\\"b"'], ['status: "accepted" # note'], ["a: 'it''s'"], ['- a'], ['a: 1', 'a: 2'], ['a:', '  b: 1'], ['a: x # note'], ['title: |'], ['a: b: c'], ['null: x'], ['a: 1e5'], ['a: 0x1F'], ['a: 1.5'], ['a: [A, [B]]'], []]) {
      assert.equal(readPlainEntries(lines), undefined, JSON.stringify(lines));
    }
  });

  it('reads every listed key and value exactly as the YAML library does', () => {
    for (const key of KEYS) for (const value of VALUES) assertSameAsYaml([`${key}:${value === '' ? '' : ' '}${value}`, 'status: accepted']);
    for (const value of VALUES) assertSameAsYaml([`date: 2025-01-02`, `status:${value}`, `decision-makers: [Ana, Ben]`], '\r\n');
  });

  it('reads generated front matter exactly as the YAML library does', () => {
    const line = fc.oneof(
      fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(':', ': ', ':  ', ' : '), fc.constantFrom(...VALUES)).map(([key, colon, value]) => key + colon + value),
      fc.constantFrom('', '  ', '# comment', '---', '...', '  nested: 1', '- item'),
      fc.string({ maxLength: 30 }).filter((text) => !/[\r\n]/.test(text)),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, lineEnding) => {
        assertSameAsYaml(lines, lineEnding);
      }),
      { numRuns: 3000 },
    );
  });
});
