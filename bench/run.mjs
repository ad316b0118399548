// Benchmarks run on the bundled engine, as it ships, rather than through a TypeScript loader.
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';

// `node bench/run.mjs exportPreview` runs bench/exportPreview.bench.ts; validation by default.
const name = process.argv[2] ?? 'validate';
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
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
const result = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
process.exit(result.status ?? 1);
