/**
 * Throughput of full validation against named baselines, measured in the same run:
 *  - floor:        yaml parse of the front matter + markdown-it parse of the body (no rules),
 *                  markdown-it with its default rules: the floor the target is set against;
 *  - floor-block:  the same with markdown-it's inline pass off, as the engine parses — the
 *                  honest measure of what the engine adds on top of its own parsing;
 *  - markdownlint: markdownlint's default rules over the same documents;
 *  - leaddocs:     the engine's full analysis (detection, schema, sections, checklist, rules).
 * Target: leaddocs costs no more than 1.5× the floor.
 */
import MarkdownIt from 'markdown-it';
import { lint as markdownlint } from 'markdownlint/sync';
import { parseDocument } from 'yaml';
import { builtinDocTypes, createEngine } from '../server/src/engine';
import { generateCorpus, type CorpusDocument } from './corpus';

const documentCount = Number(process.env['BENCH_DOCUMENTS'] ?? 2000);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 7);
const corpus = generateCorpus(documentCount);
const markdown = new MarkdownIt('default', { html: true });
const blockMarkdown = new MarkdownIt('default', { html: true }).disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
const engine = createEngine({ docTypes: builtinDocTypes });

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;

function floorWith(parser: MarkdownIt): (document: CorpusDocument) => unknown {
  return (document) => {
    const match = FRONT_MATTER.exec(document.text);
    let frontMatter: unknown;
    if (match !== null) {
      try {
        // parseDocument + toJS is what any tool that reports YAML positions must do at least.
        frontMatter = parseDocument(match[1] ?? '').toJS();
      } catch {
        frontMatter = undefined;
      }
    }
    return [frontMatter, parser.parse(match === null ? document.text : document.text.slice(match[0].length), {})];
  };
}

const baselines: Record<string, (document: CorpusDocument) => unknown> = {
  floor: floorWith(markdown),
  'floor-block': floorWith(blockMarkdown),
  markdownlint: (document) => markdownlint({ strings: { [document.path]: document.text } }),
  leaddocs: (document) => engine.analyze({ uri: `file:///bench/${document.path}`, path: document.path, text: document.text }),
};

/** Rounds alternate between baselines so that drift in the machine's speed hits them all alike. */
interface Timing {
  readonly docsPerSecond: number;
  readonly msPerDoc: number;
  readonly minMsPerDoc: number;
  readonly maxMsPerDoc: number;
}

function measureAll(runs: Record<string, (document: CorpusDocument) => unknown>): Map<string, Timing> {
  const timings = new Map<string, number[]>(Object.keys(runs).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(runs)) {
      // Each round starts with a clean heap, so one baseline's garbage is not collected on another's clock.
      global.gc?.();
      // CPU time, not wall time: other processes on a shared machine then barely move the figures.
      const start = process.cpuUsage();
      for (const document of corpus) run(document);
      const used = process.cpuUsage(start);
      timings.get(name)?.push((used.user + used.system) / 1000);
    }
  }
  const results = new Map<string, Timing>();
  for (const [name, list] of timings) {
    list.sort((a, b) => a - b);
    const median = list[Math.floor(list.length / 2)] as number;
    results.set(name, { docsPerSecond: Math.round((corpus.length / median) * 1000), msPerDoc: median / corpus.length, minMsPerDoc: (list[0] as number) / corpus.length, maxMsPerDoc: (list[list.length - 1] as number) / corpus.length });
  }
  return results;
}

function retainedHeap(run: (document: CorpusDocument) => unknown): number {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = corpus.map(run);
  global.gc?.();
  const after = process.memoryUsage().heapUsed;
  void kept.length;
  return (after - before) / corpus.length;
}

// Warm up every path so the JIT has compiled them before anything is timed.
for (const run of Object.values(baselines)) for (const document of corpus.slice(0, 300)) run(document);

const timings = measureAll(baselines);
const results = Object.entries(baselines).map(([name, run]) => ({ name, ...(timings.get(name) as Timing), bytesRetainedPerDoc: global.gc === undefined ? null : Math.round(retainedHeap(run)) }));
const floor = results.find((result) => result.name === 'floor')?.msPerDoc ?? 1;

console.log(`Corpus: ${corpus.length} generated documents (${corpus.reduce((sum, d) => sum + d.text.length, 0)} bytes), median CPU time of ${rounds} interleaved rounds`);
console.log('| baseline | docs/s | ms/doc (median) | ms/doc (min–max) | × floor | × floor-block | retained bytes/doc |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
const floorBlock = results.find((result) => result.name === 'floor-block')?.msPerDoc ?? 1;
for (const result of results) {
  console.log(
    `| ${result.name} | ${result.docsPerSecond} | ${result.msPerDoc.toFixed(3)} | ${result.minMsPerDoc.toFixed(3)}–${result.maxMsPerDoc.toFixed(3)} | ${(result.msPerDoc / floor).toFixed(2)} | ${(result.msPerDoc / floorBlock).toFixed(2)} | ${result.bytesRetainedPerDoc ?? 'run with --expose-gc'} |`,
  );
}
const engineMs = results.find((result) => result.name === 'leaddocs')?.msPerDoc ?? 0;
const ratio = engineMs / floor;
console.log(`leaddocs / floor = ${ratio.toFixed(2)} (target ≤ 1.50): ${ratio <= 1.5 ? 'met' : 'NOT met'}; leaddocs / floor-block = ${(engineMs / floorBlock).toFixed(2)}`);
