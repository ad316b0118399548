/**
 * Property-based fuzzing of the exporters (issue 8): brief bodies mutated with hostile control
 * characters, confidential sections in every spelling the export model accepts, deep nesting
 * and long lines go through every format. Every XML part stays well-formed, HTML stays inert,
 * and no confidential text reaches any format. A fixed seed and a bounded count keep it in the
 * unit suite; PDF and PPTX are slow, so they see fewer samples.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { exportDocument, type ExportFormat } from '../../server/src/export/index';
import { exportable, fixtureText, pdfText, utf8, xmlText } from './exportTestSupport';
import { assertEveryPartWellFormed, xmlPartsOf } from './xmlParts';

const SEED = 20261127;
const SECRET = 'QUOKKA-7731';

/** Each spelling wraps a section titled `Pricing` whose body holds the secret. */
const CONFIDENTIAL_SPELLINGS: ReadonlyArray<(body: string) => { frontMatter?: string; section: string }> = [
  (body) => ({ section: `## Pricing {.confidential}\n\n${body}\n` }),
  (body) => ({ section: `## Pricing {confidential}\n\n${body}\n` }),
  (body) => ({ section: `## Pricing {#price .confidential data-x=1}\n\n${body}\n` }),
  (body) => ({ section: `## Pricing {.no-toc .confidential}\n\n${body}\n` }),
  (body) => ({ section: `## Pricing { .confidential }\n\n${body}\n` }),
  (body) => ({ section: `## Pricing {.confidential} ##\n\n${body}\n` }),
  (body) => ({ section: `Pricing {.confidential}\n-------\n\n${body}\n` }),
  (body) => ({ section: `## Pricing {.CONFIDENTIAL}\n\n${body}\n` }),
  (body) => ({ frontMatter: 'confidential: [Pricing]', section: `## Pricing\n\n${body}\n` }),
  (body) => ({ frontMatter: 'confidential: Pricing', section: `## Pricing\n\n${body}\n` }),
  (body) => ({ frontMatter: 'confidential: [pricing plan]', section: `## 2. Pricing Plan:\n\n${body}\n` }),
];

const HOSTILE_CHARACTERS = ['\x00', '\x01', '\x07', '\x08', '\x0b', '\x0c', '\x1b', '\x1f', '\x7f', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u2028', '\u202E', '\r', '<', '&', ']]>'];

interface Sample {
  readonly base: string;
  readonly spelling: number;
  readonly secretBody: string;
  readonly insertions: ReadonlyArray<{ readonly at: number; readonly text: string }>;
  readonly crlf: boolean;
}

const fragment = fc.oneof(
  fc.constantFrom(...HOSTILE_CHARACTERS),
  fc.string({ unit: fc.constantFrom(...HOSTILE_CHARACTERS, 'a', ' ', '*', '|', '\n'), maxLength: 12 }),
  fc.integer({ min: 1, max: 40 }).map((depth) => `\n${'> '.repeat(depth)}quoted\n`),
  fc.integer({ min: 1, max: 30 }).map((depth) => '\n' + Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n') + '\n'),
  fc.tuple(fc.constantFrom('x', ' ', '|', '\x0b'), fc.integer({ min: 1000, max: 12_000 })).map(([char, length]) => `\n${char.repeat(length)}\n`),
  fc.constantFrom('\n| a | b |\n|---|---|\n| \x0c | \uFFFF |\n', '\n```\n\x1b[31m\n```\n', '\n<script>fetch("https://evil.example")</script>\n', '\n![x](https://tracker.example/p.png)\n'),
);

const sample: fc.Arbitrary<Sample> = fc.record({
  base: fc.constantFrom(fixtureText('platform-migration-brief.md'), fixtureText('hostile-brief.md')),
  spelling: fc.nat({ max: CONFIDENTIAL_SPELLINGS.length - 1 }),
  secretBody: fc.constantFrom(`The ${SECRET} figure.`, `- ${SECRET}\n- more`, `| k | v |\n|---|---|\n| ${SECRET} | x |`, `> ${SECRET}`),
  insertions: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), text: fragment }), { maxLength: 6 }),
  crlf: fc.boolean(),
});

/** The brief with the confidential section spliced in and the fragments inserted after the front matter. */
function briefOf({ base, spelling, secretBody, insertions, crlf }: Sample): string {
  const { frontMatter, section } = (CONFIDENTIAL_SPELLINGS[spelling] ?? CONFIDENTIAL_SPELLINGS[0]!)(secretBody);
  // A second `confidential:` key would make the YAML invalid; the listed name joins the fixture's own list instead.
  const withFrontMatter = frontMatter === undefined ? base : /^confidential: \[/m.test(base) ? base.replace(/^confidential: \[/m, `confidential: [${frontMatter.replace(/^confidential: \[?|\]$/g, '')}, `) : base.replace(/^---\n/, `---\n${frontMatter}\n`);
  const bodyStart = withFrontMatter.indexOf('\n#');
  let text = `${withFrontMatter}\n${section}\n## Closing\n\nEnd.\n`;
  for (const { at, text: inserted } of insertions) {
    const index = bodyStart + 1 + Math.floor(at * (text.length - bodyStart - 1));
    // Inside the confidential section the fragment could end it early (a heading); insert only outside.
    const sectionStart = text.indexOf(section);
    if (index >= sectionStart && index <= sectionStart + section.length) continue;
    text = text.slice(0, index) + inserted + text.slice(index);
  }
  return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
}

/** Every text a format's reader could see: decoded XML of every part, PDF page text, or the file. */
async function visibleText(format: ExportFormat, bytes: Uint8Array): Promise<string> {
  if (format === 'docx' || format === 'pptx') {
    const parts = [...(await xmlPartsOf(bytes)).values()];
    return parts.join('\n') + parts.map(xmlText).join('\n');
  }
  if (format === 'pdf') return (await pdfText(bytes)).text;
  return utf8(bytes);
}

function assertInertHtml(html: string): void {
  assert.doesNotMatch(html, /<script|<iframe|<link\b|@import|url\(/i);
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    assert.doesNotMatch(tag, /\s(src|srcset|action|poster|data|formaction)=|\son\w+\s*=|javascript:|data:text/i, tag);
  }
}

const RUNS: ReadonlyArray<{ format: ExportFormat; numRuns: number }> = [
  { format: 'md', numRuns: 60 },
  { format: 'html', numRuns: 60 },
  { format: 'docx', numRuns: 12 },
  { format: 'pptx', numRuns: 5 },
  { format: 'pdf', numRuns: 3 },
];

describe('exporter fuzzing', () => {
  for (const { format, numRuns } of RUNS) {
    it(`${format}: ${numRuns} mutated briefs stay well-formed and never show a confidential section`, { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(sample, async (drawn) => {
          const text = briefOf(drawn);
          const result = await exportDocument(exportable(text), { format });
          assert.ok(result.omittedSections >= 1, 'the confidential section is counted as left out');
          if (format === 'docx' || format === 'pptx') await assertEveryPartWellFormed(result.bytes, format);
          if (format === 'html') assertInertHtml(utf8(result.bytes));
          assert.ok(!(await visibleText(format, result.bytes)).includes(SECRET), 'confidential text left out');
        }),
        { seed: SEED, numRuns, endOnFailure: true },
      );
    });
  }
});
