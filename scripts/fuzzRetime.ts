// Times again, in a fresh process, the documents a long fuzz run found over budget:
// `npm run fuzz:retime -- [out/fuzz/over-budget.jsonl] [--times 20]`. Each document is rebuilt
// from its seed and mutations and analysed `--times` times; it is really over budget when its
// best CPU time is over 50 ms, and a load spike or GC pause during the run when it is not.
// Exits non-zero when any is really over budget.
import { readFileSync } from 'node:fs';
import { BUDGET_MS, describeShape, loadAverage, rebuiltText, retime, type OverBudgetRecord } from '../test/fuzz/analysisBudget';
import { analyzerFor } from '../test/fuzz/engineProperties';
import { fuzzSeeds } from '../test/fuzz/fuzzSeeds';

const timesIndex = process.argv.indexOf('--times');
const times = timesIndex < 0 ? 20 : Number(process.argv[timesIndex + 1]);
if (!Number.isInteger(times) || times < 1) throw new Error(`--times takes a whole number, not ${process.argv[timesIndex + 1]}`);
const file = process.argv.slice(2).find((argument, index, all) => !argument.startsWith('--') && all[index - 1] !== '--times') ?? 'out/fuzz/over-budget.jsonl';

const records = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as OverBudgetRecord);
const seeds = fuzzSeeds();

// Compiled code, not the interpreter, is what the budget is about: warm the engine up first.
for (let pass = 0; pass < 20; pass++) for (const seed of seeds) analyzerFor(seed.path)(seed.text);

console.log(`${records.length} documents from ${file}, each analysed ${times} times (CPU ms; load average ${loadAverage()}):`);
let over = 0;
for (const record of records) {
  const text = rebuiltText(record, seeds);
  const { best, median, worst } = retime(analyzerFor(record.path), text, times);
  if (best > BUDGET_MS) over++;
  console.log(`  run ${record.run} (seed ${record.fuzzSeed}): ${record.ms.toFixed(1)} in the run (load ${record.loadAverage}) → best ${best.toFixed(1)}, median ${median.toFixed(1)}, worst ${worst.toFixed(1)}: ${best > BUDGET_MS ? 'OVER BUDGET' : 'a spike'}; ${describeShape(text)}`);
  console.log(`    ${JSON.stringify(record.seed)} (${record.path}) after ${JSON.stringify(record.mutations)}`);
}
console.log(`${over} of ${records.length} over ${BUDGET_MS} ms at their best (load average ${loadAverage()}).`);
process.exitCode = over > 0 ? 1 : 0;
