/**
 * Throughput of full validation against named baselines:
 *  - floor:        yaml parse of the front matter + markdown-it parse of the body (no rules),
 *                  markdown-it as published with its default rules: what a bare tool pays, the
 *                  floor the target is set against (as the CLI and index benches' floors, which
 *                  run the published libraries in a process of their own);
 *  - floor-shipped: the same with markdown-it as Leaddocs bundles it (its class fields as plain
 *                  assignments, scripts/markdownItFields.mjs), shown so that gain is visible;
 *  - floor-block:  the shipped build with markdown-it's inline pass off, as the engine parses —
 *                  the honest measure of what the engine adds on top of its own parsing;
 *  - markdownlint: markdownlint's default rules over the same documents;
 *  - leaddocs:     the engine's full analysis (detection, schema, sections, checklist, rules).
 * Target: leaddocs costs no more than 1.5× the floor. `BENCH_BASELINES=floor,leaddocs` runs only those.
 *
 * Each baseline runs in a process of its own, as the engine does in a worker: in one shared
 * process one baseline's garbage was collected on the next one's clock (leaddocs, timed after
 * markdownlint, paid for its garbage), and the forced collection that was meant to prevent that
 * left every round to start from an empty heap, which roughly tripled every baseline's time.
 * A round starts one process per baseline, in turn; each reads the corpus once untimed so the JIT
 * has compiled its paths, then times its passes in CPU time (other processes on a shared machine
 * then barely move the figures).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { lint as markdownlint } from 'markdownlint/sync';
import { parseDocument } from 'yaml';
import { builtinDocTypes, createEngine } from '../server/src/engine';
import { generateCorpus, type CorpusDocument } from './corpus';

const documentCount = Number(process.env['BENCH_DOCUMENTS'] ?? 2000);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 5);
/** Timed passes over the corpus in each baseline's process, after one untimed pass. */
const passes = Number(process.env['BENCH_PASSES'] ?? 2);
const corpus = generateCorpus(documentCount);
// Loaded at run time from node_modules, so the bundler (and its plugin) never sees this copy.
const publishedPackage = 'markdown-it';
const PublishedMarkdownIt = createRequire(import.meta.url)(publishedPackage) as typeof MarkdownIt;
const publishedMarkdown = new PublishedMarkdownIt('default', { html: true });
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
  floor: floorWith(publishedMarkdown),
  'floor-shipped': floorWith(markdown),
  'floor-block': floorWith(blockMarkdown),
  markdownlint: (document) => markdownlint({ strings: { [document.path]: document.text } }),
  leaddocs: (document) => engine.analyze({ uri: `file:///bench/${document.path}`, path: document.path, text: document.text }),
};

interface Timing {
  readonly docsPerSecond: number;
  readonly msPerDoc: number;
  readonly minMsPerDoc: number;
  readonly maxMsPerDoc: number;
}

/** What a baseline's own process prints: CPU ms per document of its timed passes, or retained bytes. */
interface BaselineReport {
  readonly msPerDoc: number;
  readonly bytesRetainedPerDoc: number | null;
}

/** In a baseline's own process: one untimed pass, then the timed ones (and what a kept result costs, with --expose-gc). */
function runBaseline(run: (document: CorpusDocument) => unknown, measureRetained: boolean): BaselineReport {
  for (const document of corpus) run(document);
  const start = process.cpuUsage();
  for (let pass = 0; pass < passes; pass++) for (const document of corpus) run(document);
  const used = process.cpuUsage(start);
  return { msPerDoc: (used.user + used.system) / 1000 / (corpus.length * passes), bytesRetainedPerDoc: measureRetained ? Math.round(retainedHeap(run)) : null };
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

function inOwnProcess(name: string, measureRetained: boolean): BaselineReport {
  const result = spawnSync(process.execPath, [...(measureRetained ? ['--expose-gc'] : []), fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_BASELINE: name, BENCH_RETAINED: measureRetained ? '1' : '' },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) throw new Error(`baseline ${name} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as BaselineReport;
}

const only = process.env['BENCH_BASELINE'];
if (only !== undefined && only !== '') {
  const run = baselines[only];
  if (run === undefined) throw new Error(`unknown baseline ${only}`);
  console.log(JSON.stringify(runBaseline(run, process.env['BENCH_RETAINED'] === '1')));
} else {
  // BENCH_BASELINES=floor,leaddocs for a quick look; markdownlint alone takes most of the time.
  const chosen = process.env['BENCH_BASELINES']?.split(',').filter((name) => name !== '');
  const names = Object.keys(baselines).filter((name) => chosen === undefined || chosen.length === 0 || chosen.includes(name));
  const samples = new Map<string, number[]>(names.map((name) => [name, []]));
  // Rounds rotate the order, so drift in the machine's speed hits every baseline alike.
  for (let round = 0; round < rounds; round++) {
    for (let index = 0; index < names.length; index++) {
      const name = names[(index + round) % names.length] as string;
      samples.get(name)?.push(inOwnProcess(name, false).msPerDoc);
    }
  }
  const results = names.map((name) => {
    const list = [...(samples.get(name) ?? [])].sort((a, b) => a - b);
    const median = list[Math.floor(list.length / 2)] as number;
    const timing: Timing = { docsPerSecond: Math.round(1000 / median), msPerDoc: median, minMsPerDoc: list[0] as number, maxMsPerDoc: list[list.length - 1] as number };
    return { name, ...timing, bytesRetainedPerDoc: inOwnProcess(name, true).bytesRetainedPerDoc };
  });
  const floor = results.find((result) => result.name === 'floor')?.msPerDoc ?? 1;
  const floorBlock = results.find((result) => result.name === 'floor-block')?.msPerDoc ?? 1;

  console.log(`Corpus: ${corpus.length} generated documents (${corpus.reduce((sum, d) => sum + d.text.length, 0)} bytes); each baseline in its own process, median CPU time of ${rounds} rounds × ${passes} passes`);
  console.log('| baseline | docs/s | ms/doc (median) | ms/doc (min–max) | × floor | × floor-block | retained bytes/doc |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const result of results) {
    console.log(
      `| ${result.name} | ${result.docsPerSecond} | ${result.msPerDoc.toFixed(3)} | ${result.minMsPerDoc.toFixed(3)}–${result.maxMsPerDoc.toFixed(3)} | ${(result.msPerDoc / floor).toFixed(2)} | ${(result.msPerDoc / floorBlock).toFixed(2)} | ${result.bytesRetainedPerDoc ?? '–'} |`,
    );
  }
  const engineMs = results.find((result) => result.name === 'leaddocs')?.msPerDoc ?? 0;
  const ratio = engineMs / floor;
  console.log(`leaddocs / floor = ${ratio.toFixed(2)} (target ≤ 1.50): ${ratio <= 1.5 ? 'met' : 'NOT met'}; leaddocs / floor-block = ${(engineMs / floorBlock).toFixed(2)}`);
}
