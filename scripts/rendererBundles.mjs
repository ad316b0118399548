// pdfkit, bundled into dist/server.js, loads its 14 standard fonts at run time with
// require('#standard-fonts/<Name>'), resolved through package.json "imports". This bundles those
// font modules to dist/standard-fonts/, where the "imports" entry points, so the .vsix carries
// pdfkit's data without shipping node_modules.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './vscode/toolPaths.mjs';

const fontsDir = path.join(repoRoot, 'node_modules', 'pdfkit', 'js', 'standard-fonts');
const fonts = fs.existsSync(fontsDir) ? fs.readdirSync(fontsDir).filter((name) => name.endsWith('.cjs')) : [];

/** @type {import('esbuild').BuildOptions & { entryPoints: string[] }} */
export const pdfkitFontsBundle = {
  entryPoints: fonts.map((name) => path.join('node_modules', 'pdfkit', 'js', 'standard-fonts', name)),
  outdir: 'dist/standard-fonts',
  outExtension: { '.js': '.cjs' },
  sourcemap: false,
};

/**
 * For the bundle that carries pdfkit: its CommonJS build, which finds its fonts from
 * `__filename` (the ES build reads `import.meta.url`, which a CommonJS bundle does not have).
 */
export const pdfkitAlias = { pdfkit: './node_modules/pdfkit/js/pdfkit.js' };
