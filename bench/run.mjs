// Benchmarks run on the bundled engine and server, as they ship, rather than through a TypeScript loader.
// `npm run bench` runs every bench/*.bench.ts and then the CLI bench; `node bench/run.mjs exportPreview`
// runs one (`validate`: the engine per document; `workspaceIndex`: the server's index at scale;
// `cli`: `leaddocs check` on a 10,000-document workspace against a read-and-parse floor; …).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { markdownItFields } from '../scripts/markdownItFields.mjs';

const names = process.argv.length > 2 ? process.argv.slice(2) : [...readdirSync('bench').filter((file) => file.endsWith('.bench.ts')).map((file) => file.slice(0, -'.bench.ts'.length)).sort(), 'cli'];
let failed = false;
for (const name of names) {
  if (name === 'cli') {
    // The command line as users run it: the production bundle, process against process.
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--production'], { stdio: 'inherit' });
    const cli = build.status === 0 ? spawnSync(process.execPath, ['bench/cli/cliBench.mjs'], { stdio: 'inherit' }) : build;
    failed ||= cli.status !== 0;
    continue;
  }
  const outfile = `out/bench/${name}.bench.mjs`;
  await esbuild.build({
    entryPoints: [`bench/${name}.bench.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    logLevel: 'warning',
    // The engine as it ships: markdown-it built as scripts/build.mjs builds it.
    plugins: [markdownItFields],
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const result = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
