import { loadavg } from 'node:os';
import type { Analyze } from './engineProperties';
import { applyMutation, type Mutation } from './documentMutations';
import type { SeedDocument } from './fuzzSeeds';

/** Issue 8's target: the engine analyses every document of at most 64 KB in at most 50 ms. */
export const BUDGET_MS = 50;
export const BUDGET_MAX_CHARACTERS = 64 * 1024;

export function withinBudgetSize(text: string): boolean {
  return text.length <= BUDGET_MAX_CHARACTERS;
}

/**
 * The CPU time of one analysis, in ms. CPU time, not wall time, so other processes on a shared
 * machine do not count against the engine (this process's GC and compiler threads still do).
 */
export function analysisCpuMs(analyze: Analyze, text: string): number {
  const start = process.cpuUsage();
  analyze(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export interface Retiming {
  readonly best: number;
  readonly median: number;
  readonly worst: number;
}

/**
 * One document analysed `times` times in a row. A document is really over budget when even its
 * best time is: a single slow time is a GC pause or a busy neighbour, not the engine.
 */
export function retime(analyze: Analyze, text: string, times: number): Retiming {
  const measured = Array.from({ length: times }, () => analysisCpuMs(analyze, text)).sort((a, b) => a - b);
  return { best: measured[0] ?? NaN, median: measured[Math.floor(measured.length / 2)] ?? NaN, worst: measured.at(-1) ?? NaN };
}

/** A document found over budget, as a line of the over-budget file: enough to rebuild it and time it again. */
export interface OverBudgetRecord {
  readonly seed: string;
  readonly path: string;
  readonly mutations: readonly Mutation[];
  /** The fast-check seed and run that generated it: `fc.check(…, { seed, path: String(run) })` replays it too. */
  readonly fuzzSeed: number;
  readonly run: number;
  readonly characters: number;
  readonly ms: number;
  readonly loadAverage: string;
}

/** The document a record names, rebuilt from its seed document and mutations. */
export function rebuiltText(record: OverBudgetRecord, seeds: readonly SeedDocument[]): string {
  const seed = seeds.find((candidate) => candidate.name === record.seed && candidate.path === record.path);
  if (seed === undefined) throw new Error(`no seed document ${JSON.stringify(record.seed)} at ${record.path}: the fixtures or templates changed since the run`);
  return record.mutations.reduce(applyMutation, seed.text);
}

/** `uptime`'s three figures, to read next to any time measured on a shared machine. */
export function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
}

/** What a document's text is made of, for a report: the shapes that make analysis slow show here. */
export function describeShape(text: string): string {
  let lineBreaks = 0;
  let colons = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) lineBreaks++;
    else if (code === 58) colons++;
  }
  return `${text.length} characters, ${lineBreaks} line breaks, ${colons} ':'`;
}
