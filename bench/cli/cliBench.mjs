// `leaddocs check` against a bare read-and-parse floor on a generated workspace, process against
// process, in the same run: wall time and peak RSS of each (GNU time), rounds interleaved so that
// drift in the machine's load hits both alike. Targets (issue 12): wall ≤ 2× the floor, peak RSS
// ≤ 150 MB, and the reports of one and two worker threads identical to the default's.
// Usage: node bench/cli/cliBench.mjs   (BENCH_CLI_DOCUMENTS, BENCH_CLI_ROUNDS to change the size)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const documents = Number(process.env['BENCH_CLI_DOCUMENTS'] ?? 10_000);
const rounds = Number(process.env['BENCH_CLI_ROUNDS'] ?? 3);
const root = process.cwd();
const cli = join(root, 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'leaddocs-cli-bench-'));
const workspace = join(scratch, 'workspace');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (result.error) throw result.error;
  return result;
}

/** Wall seconds and peak resident set of one process, from GNU time's own measurement. */
function measure(args, cwd) {
  const result = run('/usr/bin/time', ['-f', 'leaddocs-bench %e %M', process.execPath, ...args], { cwd });
  const line = result.stderr.split('\n').find((text) => text.startsWith('leaddocs-bench '));
  if (line === undefined) throw new Error(`no measurement for ${args.join(' ')}:\n${result.stderr}`);
  const [, wall, rssKb] = line.split(' ');
  return { wall: Number(wall), rssMb: Number(rssKb) / 1024, status: result.status };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first.');
  run(process.execPath, ['--import', 'tsx', join(root, 'bench', 'cli', 'makeWorkspace.ts'), workspace, String(documents)], { stdio: 'inherit' });
  const runs = {
    floor: () => measure([join(root, 'bench', 'cli', 'readAndParseFloor.mjs'), workspace], root),
    'leaddocs check': () => measure([cli, 'check', '--format', 'json', '--output', join(scratch, 'default.json')], workspace),
    // One and two workers, whatever the default picks on this machine (one per idle core): each
    // costs what it costs in time and memory, and their reports must be the default's, byte for byte.
    'leaddocs check --jobs 1': () => measure([cli, 'check', '--format', 'json', '--jobs', '1', '--output', join(scratch, 'one.json')], workspace),
    'leaddocs check --jobs 2': () => measure([cli, 'check', '--format', 'json', '--jobs', '2', '--output', join(scratch, 'several.json')], workspace),
  };
  const samples = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) for (const [name, once] of Object.entries(runs)) samples[name].push(once());

  const floorWall = median(samples.floor.map((sample) => sample.wall));
  console.log(`\nCLI: ${documents} generated documents, ${availableParallelism()} cores, median wall of ${rounds} interleaved rounds`);
  console.log('| process | wall s (median) | wall s (min–max) | × floor | peak RSS MB (max) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, list] of Object.entries(samples)) {
    const walls = list.map((sample) => sample.wall);
    console.log(`| ${name} | ${median(walls).toFixed(2)} | ${Math.min(...walls).toFixed(2)}–${Math.max(...walls).toFixed(2)} | ${(median(walls) / floorWall).toFixed(2)} | ${Math.max(...list.map((sample) => sample.rssMb)).toFixed(0)} |`);
  }
  const check = samples['leaddocs check'];
  const ratio = median(check.map((sample) => sample.wall)) / floorWall;
  const rss = Math.max(...check.map((sample) => sample.rssMb));
  const defaultReport = readFileSync(join(scratch, 'default.json'), 'utf8');
  const identical = ['one.json', 'several.json'].every((name) => readFileSync(join(scratch, name), 'utf8') === defaultReport);
  const summary = JSON.parse(readFileSync(join(scratch, 'default.json'), 'utf8')).summary;
  console.log(`checked ${summary.files} files: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.information} information`);
  console.log(`leaddocs check / floor = ${ratio.toFixed(2)} (target ≤ 2.00): ${ratio <= 2 ? 'met' : 'NOT met'}; peak RSS ${rss.toFixed(0)} MB (target ≤ 150): ${rss <= 150 ? 'met' : 'NOT met'}; one and two workers vs the default: ${identical ? 'identical' : 'DIFFERENT'}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
