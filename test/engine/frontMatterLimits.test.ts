import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexer } from 'yaml';
import { MAX_YAML_TOKENS } from '../../server/src/engine/model/frontMatter';
import { analyze, lines } from '../support/documents';

// Issue 8, defects 1 and 8: YAML that costs far more to read than its size (deep nesting, alias
// bombs) is reported and left unread; the other keys and the body are still analysed.
// The timeouts are hang guards: before the fix, 400 levels of `{` took 18 s and more overflowed.
const HANG_GUARD = { timeout: 20_000 };

function adr(...frontMatter: string[]): string {
  return lines('---', 'status: acepted', ...frontMatter, 'date: 2025-03-14', '---', '# 1. Use X', '', '## Context and Problem Statement', '', 'Why.');
}

function frontMatterFindings(text: string): Array<{ message: string; line: number; yamlCode: unknown }> {
  return analyze(text)
    .findings.filter((f) => f.code === 'front-matter-syntax')
    .map((f) => ({ message: f.message, line: f.range.start.line, yamlCode: f.data?.['yamlCode'] }));
}

describe('front matter nesting', () => {
  for (const depth of [100, 300, 400, 5_000, 100_000]) {
    for (const [open, close] of [['{', '}'], ['[', ']']] as const) {
      it(`reports ${depth} levels of ${open} on its key and reads the other keys`, HANG_GUARD, () => {
        for (const value of [open.repeat(depth), open.repeat(depth) + close.repeat(depth)]) {
          const analysis = analyze(adr(`title: ${value}`));
          const findings = frontMatterFindings(adr(`title: ${value}`));
          assert.deepEqual(findings, [{ message: "'title' nests deeper than 64 levels, so it is not read; the rest of the front matter is.", line: 2, yamlCode: 'NESTING_TOO_DEEP' }]);
          assert.equal(analysis.document.frontMatter?.data['title'], undefined);
          assert.equal(analysis.status?.raw, 'acepted', 'keys before it are read');
          assert.ok(analysis.findings.some((f) => f.code === 'unknown-status'), 'and checked');
          assert.ok(analysis.findings.some((f) => f.code === 'required-section'), 'the body is still checked');
        }
      });
    }
  }

  it('reads the keys after a deep value that is closed on its line', HANG_GUARD, () => {
    const analysis = analyze(adr(`title: ${'['.repeat(500)}${']'.repeat(500)}`));
    assert.equal(analysis.document.frontMatter?.data['date'], '2025-03-14');
  });

  it('reports deep block nesting: compact sequences and ever deeper indentation', HANG_GUARD, () => {
    const compact = adr('title:', `${'- '.repeat(2_000)}x`);
    const indented = adr('title:', ...Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`));
    for (const text of [compact, indented]) {
      assert.deepEqual(
        frontMatterFindings(text).map((f) => f.yamlCode),
        ['NESTING_TOO_DEEP'],
      );
      assert.equal(analyze(text).document.frontMatter?.data['date'], '2025-03-14');
    }
  });

  it('reads nesting a person writes, and brackets that are text', () => {
    const nested = `${'['.repeat(40)}x${']'.repeat(40)}`;
    const analysis = analyze(
      adr(
        `nested: ${nested}`,
        `plain: a${'['.repeat(200)}`,
        `quoted: '${'{'.repeat(200)}'`,
        `double: "${'['.repeat(200)}\\""`,
        `comment: x # ${'['.repeat(200)}`,
        'block: |',
        ...Array.from({ length: 100 }, () => `  ${'['.repeat(100)}`),
        `tagged: !!str a${'['.repeat(100)}`,
      ),
    );
    const data = analysis.document.frontMatter?.data ?? {};
    let depth = 0;
    for (let value: unknown = data['nested']; Array.isArray(value); value = value[0]) depth++;
    assert.equal(depth, 40);
    assert.equal(data['plain'], `a${'['.repeat(200)}`);
    assert.equal(data['quoted'], '{'.repeat(200));
    assert.equal(data['double'], `${'['.repeat(200)}"`);
    assert.equal(data['comment'], 'x');
    assert.equal(String(data['block']).length, 101 * 100);
    assert.equal(data['tagged'], `a${'['.repeat(100)}`);
    assert.deepEqual(frontMatterFindings(adr()).length, 0);
  });

  it('reports a deep value in an anchor where it is used', () => {
    const deep = `${'['.repeat(40)}x${']'.repeat(40)}`;
    const analysis = analyze(adr(`base: &b ${deep}`, `twice: ${'['.repeat(40)}*b${']'.repeat(40)}`));
    assert.deepEqual(
      frontMatterFindings(analysis.document.text).map((f) => [f.yamlCode, f.line]),
      [['NESTING_TOO_DEEP', 3]],
    );
    assert.ok(Array.isArray(analysis.document.frontMatter?.data['base']));
  });

  it('never throws on deep nesting in a file of no known type', HANG_GUARD, () => {
    const analysis = analyze(lines('---', `title: ${'{'.repeat(100_000)}`, '---', '# Readme'), 'README.md');
    assert.equal(analysis.type, null);
  });
});

describe('front matter aliases', () => {
  const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i] as string}`).join(', ')}]`)];

  it('reports the keys of an alias bomb that expand too far and keeps every other key', HANG_GUARD, () => {
    const analysis = analyze(adr(...bomb));
    const findings = frontMatterFindings(analysis.document.text);
    assert.deepEqual(
      findings.map((f) => [f.yamlCode, f.line]),
      [6, 7, 8, 9, 10].map((line) => ['ALIAS_EXPANSION', line]),
    );
    assert.match(findings[0]?.message ?? '', /^'e' expands its aliases to more than 10,000 values/);
    const data = analysis.document.frontMatter?.data ?? {};
    assert.deepEqual(Object.keys(data), ['status', 'a', 'b', 'c', 'd', 'date']);
    assert.equal(analysis.status?.raw, 'acepted');
  });

  it('reads aliases that share a value', () => {
    const analysis = analyze(adr('people: &p [Ana, Ben]', 'decision-makers: *p', 'consulted: *p'));
    assert.deepEqual(analysis.document.frontMatter?.data['decision-makers'], ['Ana', 'Ben']);
    assert.deepEqual(analysis.document.frontMatter?.data['consulted'], ['Ana', 'Ben']);
    assert.deepEqual(frontMatterFindings(analysis.document.text), []);
  });

  it('reports an alias to its own collection instead of expanding it forever', () => {
    const findings = frontMatterFindings(adr('loop: &x [1, *x]'));
    assert.deepEqual(findings.map((f) => [f.yamlCode, f.line]), [['ALIAS_CYCLE', 2]]);
  });
});

describe('front matter keys', () => {
  it('keeps a __proto__ key as data and reports a repeated key', () => {
    const analysis = analyze(adr('__proto__: {polluted: yes}', 'status: accepted'));
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.deepEqual(Object.getOwnPropertyDescriptor(analysis.document.frontMatter?.data ?? {}, '__proto__')?.value, { polluted: 'yes' });
    assert.deepEqual(frontMatterFindings(analysis.document.text).map((f) => [f.yamlCode, f.line]), [['DUPLICATE_KEY', 3]]);
  });

  it('reads a collection used as a key under its source text', () => {
    const analysis = analyze(adr('? [a, b]', ': complex'));
    assert.equal(analysis.document.frontMatter?.data['[a, b]'], 'complex');
  });

  it('reports an unclosed brace once per line, not once per brace', () => {
    const findings = frontMatterFindings(adr(`title: ${'{'.repeat(50)}`));
    assert.ok(findings.length <= 2, findings.map((f) => f.message).join('\n'));
  });
});

describe('front matter errors', () => {
  // Found by fuzzing: after a closed value every `}` is an error of its own, and 16 KB of them
  // took 0.3–1.4 s to read. Past 100 errors the front matter is reported once and not read.
  // Aliases and tags are errors the composer reports, not the parser: 600 of them, well within the token limit.
  for (const [what, value] of [['stray braces', '"{author}"' + '}'.repeat(16_000)], ['flow mappings in a row', '{x}'.repeat(16_000)], ['aliases and tags', '*'.repeat(300) + '!['.repeat(300)]] as const) {
    it(`reports front matter of ${what} once, as too broken to read, and checks the body`, HANG_GUARD, () => {
      const analysis = analyze(adr(`title: ${value}`));
      assert.deepEqual(frontMatterFindings(adr(`title: ${value}`)), [{ message: 'The front matter has more than 100 YAML errors, so it is not read.', line: 1, yamlCode: 'TOO_MANY_ERRORS' }]);
      assert.deepEqual(analysis.document.frontMatter?.data, {});
      assert.ok(analysis.findings.some((f) => f.code === 'required-section'), 'the body is still checked');
    });
  }

  it('still reads front matter with a few errors', () => {
    const analysis = analyze(adr(`title: "x"${'}'.repeat(50)}`));
    assert.equal(analysis.status?.raw, 'acepted');
    assert.ok(!frontMatterFindings(adr(`title: "x"${'}'.repeat(50)}`)).some((finding) => finding.yamlCode === 'TOO_MANY_ERRORS'));
  });
});

describe('front matter length', () => {
  // Found by fuzzing: the YAML parser costs microseconds per token, and 16,000–20,000 line breaks
  // in a front matter (a paste gone wrong, a file with lone CRs) took 40–60 ms to read, the whole
  // budget of a 64 KB document. Past MAX_YAML_TOKENS tokens the front matter is reported, unread.
  const tooLong = `The front matter is longer than ${MAX_YAML_TOKENS.toLocaleString('en')} YAML tokens (keys, values, punctuation and line breaks), so it is not read.`;
  const shapes: ReadonlyArray<readonly [string, (count: number) => string[]]> = [
    ['blank lines', (count) => Array<string>(count).fill('')],
    ['lines of one dash', (count) => ['list:', ...Array<string>(count).fill('-')]],
    ['a long flow sequence', (count) => [`title: [${'a,'.repeat(count)}]`]],
    ['keys', (count) => Array.from({ length: count }, (_, index) => `key-${index}: value`)],
  ];

  for (const [what, lines] of shapes) {
    it(`reports ${what} past the limit once, reads none of it, and checks the body`, HANG_GUARD, () => {
      const text = adr(...lines(MAX_YAML_TOKENS));
      assert.deepEqual(frontMatterFindings(text), [{ message: tooLong, line: 1, yamlCode: 'TOO_MANY_TOKENS' }]);
      const analysis = analyze(text);
      assert.deepEqual(analysis.document.frontMatter?.data, {});
      assert.ok(analysis.findings.some((f) => f.code === 'required-section'), 'the body is still checked');
    });

    it(`reads the same number of YAML tokens for ${what} whatever their number past the limit`, HANG_GUARD, () => {
      const read = [MAX_YAML_TOKENS, 4 * MAX_YAML_TOKENS].map((count) => yamlTokensReadBy(() => analyze(adr(...lines(count)))));
      assert.ok(read[0] === read[1] && (read[0] ?? Infinity) <= MAX_YAML_TOKENS + 1, `tokens read for N and 4N: ${read.join(', ')}`);
    });
  }

  it('reads a long front matter a person writes: 300 keys, lists and a paragraph', () => {
    const people = Array.from({ length: 40 }, (_, index) => `  - Person ${index}`);
    const keys = Array.from({ length: 300 }, (_, index) => `key-${index}: value ${index}`);
    const analysis = analyze(adr('decision-makers:', ...people, 'summary: >', ...Array<string>(200).fill('  A long paragraph of context, folded.'), ...keys));
    assert.deepEqual(frontMatterFindings(adr('decision-makers:', ...people, ...keys)), []);
    assert.equal(analysis.document.frontMatter?.data['key-299'], 'value 299');
    assert.equal(analysis.document.frontMatter?.data['date'], '2025-03-14');
  });
});

/** How many lexical tokens the YAML lexer hands out while `work` runs: the parsing work, counted rather than timed. */
function yamlTokensReadBy(work: () => void): number {
  const lex = Lexer.prototype.lex;
  let tokens = 0;
  Lexer.prototype.lex = function* (this: Lexer, ...args: Parameters<Lexer['lex']>) {
    for (const token of lex.apply(this, args)) {
      tokens++;
      yield token;
    }
  };
  try {
    work();
  } finally {
    Lexer.prototype.lex = lex;
  }
  return tokens;
}

describe('front matter nesting after an unclosed quote', () => {
  // Found by fuzzing: the parser ends the quote at a line in column 0 and reads the line afresh,
  // so 2,000 `- ` there overflowed its stack.
  it('reports brackets after a closed collection, which the parser reads on as nesting (found by fuzzing)', HANG_GUARD, () => {
    const findings = frontMatterFindings(adr(`title: {{x}}${'!['.repeat(5_000)}`));
    assert.ok(findings.some((finding) => finding.yamlCode === 'NESTING_TOO_DEEP'), JSON.stringify(findings));
  });

  it('reports the entry instead of overflowing', HANG_GUARD, () => {
    for (const opening of ['"', "'", '[', '"a', '{a: ']) {
      const text = adr(`title: ${opening}`, '', `${'- '.repeat(3_000)}x"`);
      const findings = frontMatterFindings(text);
      assert.ok(findings.some((finding) => finding.yamlCode === 'NESTING_TOO_DEEP'), `${opening}: ${JSON.stringify(findings)}`);
      assert.equal(analyze(text).status?.raw, 'acepted');
    }
  });
});
