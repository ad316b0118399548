/**
 * The server as a user meets it, measured against issue 8's and issue 12's targets:
 *  - issue 8's target, in process: the engine analyses every document ≤ 64 KB in ≤ 50 ms;
 *  - the same documents through the worker thread (the round trip the server pays: queue,
 *    analysis, transfer), and what crossing the thread boundary costs the server's own thread;
 *  - the same documents over stdio against dist/server.js: didOpen → publishDiagnostics;
 *  - any document up to 10 MB answered (findings or `analysis-stopped`) in ≤ 3 s;
 *  - over stdio: a normal ADR opened while a hostile one is processed, or while the index reads
 *    hostile files on disk, gets its diagnostics in ≤ 1 s;
 *  - edit → publishDiagnostics on a 1,000-line ADR with default settings: p95 ≤ 100 ms.
 * Wall-clock times on a shared machine: read them with `uptime`'s load next to them.
 * Runs the bundles in dist/ (`npm run build` first), from the repository root.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { EngineInputs } from '../server/src/analysis/analysisRunner';
import { packValue, unpackValue } from '../server/src/analysis/analysisTransfer';
import { DEFAULT_BUDGET_MS, WorkerRunner } from '../server/src/analysis/node/workerRunner';
import { builtinDocTypes, createEngine, defaultEngineSettings, type DocumentSource } from '../server/src/engine';
import { silentLogger } from '../server/src/host/logger';
import { joinLines } from '../test/support/documentText';
import { largeAdr, nestedFlowFrontMatter, normalAdr } from '../test/support/hostileDocuments';
import { LspTestClient } from '../test/support/lspClient';
import { generateCorpus } from './corpus';

const GUARD_MS = 60_000;
const inputs: EngineInputs = { docTypes: builtinDocTypes, settings: defaultEngineSettings };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const ms = (value: number): string => `${value.toFixed(1)} ms`;

function adrOfLines(lines: number): string {
  const text = largeAdr(lines * 40);
  return text.split('\n').slice(0, lines).join('\n') + '\n';
}

const load = (): string => loadavg().map((figure) => figure.toFixed(1)).join(' ');

/** The documents issue 8's target is about: a generated corpus, all ≤ 64 KB, and ADRs of 4, 16 and 64 KB. */
function budgetDocuments(): ReadonlyArray<readonly [string, readonly DocumentSource[]]> {
  const corpus = generateCorpus(400).map((document): DocumentSource => ({ uri: `file:///bench/${document.path}`, path: document.path, text: document.text }));
  const sized = [4, 16, 64].map((kb): readonly [string, DocumentSource[]] => [`ADR ${kb} KB`, [{ uri: `file:///bench/docs/decisions/0001-${kb}kb.md`, path: `docs/decisions/0001-${kb}kb.md`, text: largeAdr(kb * 1024 - 200) }]]);
  return [['corpus (400, all ≤ 64 KB)', corpus], ...sized];
}

/** Each document once for the corpus, 20 times for a single document. */
function roundsOf(sources: readonly DocumentSource[]): number {
  return sources.length > 1 ? 1 : 20;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function inProcessSection(): void {
  const engine = createEngine(inputs);
  const documents = budgetDocuments();
  for (let pass = 0; pass < 3; pass++) for (const [, sources] of documents) for (const source of sources) engine.analyze(source); // warm-up
  console.log(`\n### Issue 8's target: in-process analysis of every document ≤ 64 KB in ≤ 50 ms (load ${load()})\n`);
  console.log('The engine alone, as `npm run fuzz` times it: CPU time of `engine.analyze` on this thread (wall time beside it).\n');
  console.log('| documents | CPU median | CPU p95 | CPU max | wall max | over 50 ms CPU |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, sources] of documents) {
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let round = 0; round < roundsOf(sources); round++) {
      for (const source of sources) {
        const started = performance.now();
        const start = process.cpuUsage();
        engine.analyze(source);
        cpu.push(cpuMs(start));
        wall.push(performance.now() - started);
      }
    }
    cpu.sort((a, b) => a - b);
    wall.sort((a, b) => a - b);
    console.log(`| ${name} | ${ms(percentile(cpu, 50))} | ${ms(percentile(cpu, 95))} | ${ms(cpu.at(-1) ?? NaN)} | ${ms(wall.at(-1) ?? NaN)} | ${cpu.filter((time) => time > 50).length} of ${cpu.length} |`);
  }
}

async function workerSection(): Promise<void> {
  const runner = new WorkerRunner({ startWorker: (data) => new Worker(join(process.cwd(), 'dist', 'analysisWorker.js'), { workerData: data }), log: silentLogger });
  runner.configure(inputs);
  const engine = createEngine(inputs);
  try {
    const documents = budgetDocuments();
    for (const [, sources] of documents) for (const source of sources.slice(0, 50)) await runner.run('analysis', source, 'open'); // warm-up
    console.log(`\n### The same documents through the analysis worker (load ${load()})\n`);
    console.log('Round trip: from the server thread asking to it holding the analysis (queue, analysis in the worker, transfer). The last column is what the transfer costs the server thread itself: deserializing and unpacking, measured in process.\n');
    console.log('| documents | round trip median | p95 | max | server thread: unpack max |');
    console.log('|---|---:|---:|---:|---:|');
    for (const [name, sources] of documents) {
      const trips: number[] = [];
      const transfer: number[] = [];
      for (let round = 0; round < roundsOf(sources); round++) {
        for (const source of sources) {
          let started = performance.now();
          await runner.run('analysis', source, 'open');
          trips.push(performance.now() - started);
          const bytes = serialize(packValue('analysis', engine.analyze(source)));
          started = performance.now();
          unpackValue('analysis', deserialize(bytes), source);
          transfer.push(performance.now() - started);
        }
      }
      for (const list of [trips, transfer]) list.sort((a, b) => a - b);
      console.log(`| ${name} | ${ms(percentile(trips, 50))} | ${ms(percentile(trips, 95))} | ${ms(trips.at(-1) ?? NaN)} | ${ms(transfer.at(-1) ?? NaN)} |`);
    }

    console.log(`\n### Big documents (an answer in ≤ 3 s; budget ${DEFAULT_BUDGET_MS} ms)\n`);
    console.log('| document | answer | time |');
    console.log('|---|---|---:|');
    for (const [name, text] of [['ADR 1 MB', largeAdr(1024 * 1024)], ['ADR 10 MB', largeAdr(10 * 1024 * 1024)], ['nested flow front matter (issue 8)', nestedFlowFrontMatter]] as const) {
      const started = performance.now();
      const outcome = await runner.run('analysis', { uri: 'file:///bench/docs/decisions/0009-big.md', path: 'docs/decisions/0009-big.md', text }, 'open');
      const took = performance.now() - started;
      console.log(`| ${name} | ${outcome.completed ? `${outcome.value.findings.length} findings` : `stopped after ${outcome.stoppedAfterMs} ms`} | ${ms(took)} |`);
    }
  } finally {
    runner.dispose();
  }
}

/** didOpen → publishDiagnostics over stdio, each open a new URI so nothing is cached. */
async function stdioSection(): Promise<void> {
  const client = await LspTestClient.start({ workspaceFolders: ['file:///bench'] });
  try {
    await warmUp(client, 'file:///bench/docs/decisions/0000-warm.md');
    const documents = budgetDocuments();
    console.log(`\n### The same documents over stdio: didOpen → publishDiagnostics, dist/server.js (load ${load()})\n`);
    console.log('What an editor waits for: JSON-RPC both ways, the server thread, the worker round trip above.\n');
    console.log('| documents | median | p95 | max |');
    console.log('|---|---:|---:|---:|');
    let opened = 0;
    for (const [name, sources] of documents) {
      const trips: number[] = [];
      const warmUpRounds = sources.length > 1 ? 0 : 2;
      for (let round = 0; round < roundsOf(sources) + warmUpRounds; round++) {
        for (const source of sources) {
          const uri = source.uri.replace(/\.md$/, `-${opened++}.md`);
          const started = performance.now();
          client.open(uri, source.text);
          await client.diagnostics(uri, undefined, GUARD_MS);
          if (round >= warmUpRounds) trips.push(performance.now() - started);
          client.close(uri);
        }
      }
      trips.sort((a, b) => a - b);
      console.log(`| ${name} | ${ms(percentile(trips, 50))} | ${ms(percentile(trips, 95))} | ${ms(trips.at(-1) ?? NaN)} |`);
    }
  } finally {
    await client.stop();
  }
}

async function stallSection(): Promise<void> {
  console.log('\n### Over stdio: a normal ADR next to hostile ones (≤ 1 s)\n');
  console.log('| situation | normal ADR diagnostics after open | hostile document answered after open |');
  console.log('|---|---:|---:|');
  for (const afterTransport of [false, true]) {
    const client = await LspTestClient.start({ workspaceFolders: ['file:///bench/stalls'] });
    try {
      await warmUp(client, 'file:///bench/stalls/docs/decisions/0000-warm.md');
      const hostile = 'file:///bench/stalls/docs/decisions/0001-huge.md';
      const normal = 'file:///bench/stalls/docs/decisions/0002-normal.md';
      const started = performance.now();
      client.open(hostile, largeAdr(10 * 1024 * 1024));
      // A round trip answered only once the server has read the 10 MB message: from then on, the
      // normal document competes with the processing alone, not with the transfer.
      if (afterTransport) await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///bench/stalls/not-open.md' } });
      const normalOpened = performance.now();
      client.open(normal, normalAdr);
      const normalDone = client.diagnostics(normal, undefined, GUARD_MS).then(() => performance.now() - normalOpened);
      const hostileDone = client.diagnostics(hostile, undefined, GUARD_MS).then((published) => [performance.now() - started, published.diagnostics.map((d) => d.code).join(',')] as const);
      const [normalMs, [hostileMs, codes]] = await Promise.all([normalDone, hostileDone]);
      const situation = afterTransport ? '10 MB ADR opened, received by the server, being checked' : '10 MB ADR opened just before (its 10 MB message in the way)';
      console.log(`| ${situation} | ${ms(normalMs)} | ${ms(hostileMs)} (${codes || 'no findings'}) |`);
    } finally {
      await client.stop();
    }
  }
  {
    const folder = mkdtempSync(join(tmpdir(), 'leaddocs-bench-'));
    mkdirSync(join(folder, 'docs', 'decisions'), { recursive: true });
    writeFileSync(join(folder, 'docs', 'decisions', '0001-nested.md'), nestedFlowFrontMatter);
    writeFileSync(join(folder, 'docs', 'decisions', '0003-huge.md'), largeAdr(10 * 1024 * 1024));
    const workspace = pathToFileURL(folder).href;
    const client = await LspTestClient.start({ workspaceFolders: [workspace] });
    try {
      await warmUp(client, `${workspace}/docs/decisions/0000-warm.md`);
      const normal = `${workspace}/docs/decisions/0002-normal.md`;
      const started = performance.now();
      client.open(normal, normalAdr);
      await client.diagnostics(normal, undefined, GUARD_MS);
      console.log(`| 10 MB ADR and nested front matter on disk, read by the index | ${ms(performance.now() - started)} | — |`);
    } finally {
      await client.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

/** The first document of a session also waits for settings and the first worker: measured apart. */
async function warmUp(client: LspTestClient, uri: string): Promise<void> {
  client.open(uri, joinLines('# 0. Warm', '', '## Status', '', 'Accepted'));
  await client.diagnostics(uri, undefined, GUARD_MS);
}

async function typingSection(): Promise<void> {
  console.log('\n### Over stdio: edit → publishDiagnostics on a 1,000-line ADR (p95 ≤ 100 ms with default settings)\n');
  console.log('| validation.delay | edits | p50 | p95 | max |');
  console.log('|---|---:|---:|---:|---:|');
  const text = adrOfLines(1000);
  for (const [label, settings] of [['not set (adaptive)', {}], ['300 (the old default)', { validation: { delay: 300 } }]] as const) {
    const client = await LspTestClient.start({ workspaceFolders: ['file:///bench/typing'], settings });
    try {
      const uri = 'file:///bench/typing/docs/decisions/0001-long.md';
      client.open(uri, text);
      await client.diagnostics(uri, undefined, GUARD_MS);
      const latencies: number[] = [];
      for (let edit = 0; edit < 60; edit++) {
        const started = performance.now();
        const version = client.change(uri, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: 'x' }]);
        await client.diagnosticsFor(uri, version, GUARD_MS);
        if (edit >= 10) latencies.push(performance.now() - started); // the first edits teach the scheduler the document's cost
      }
      latencies.sort((a, b) => a - b);
      console.log(`| ${label} | ${latencies.length} | ${ms(percentile(latencies, 50))} | ${ms(percentile(latencies, 95))} | ${ms(latencies.at(-1) ?? NaN)} |`);
    } finally {
      await client.stop();
    }
  }
}

async function main(): Promise<void> {
  console.log(`\n## Server (load average ${load()} on this machine)`);
  inProcessSection();
  await workerSection();
  await stdioSection();
  await typingSection();
  await stallSection();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
