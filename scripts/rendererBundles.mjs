// The export renderers (pdfkit, pptxgenjs, docx, jszip) as bundles of their own beside
// dist/server.js, loaded by the server on the first export of each format, so the server
// starts without parsing them and the .vsix ships no node_modules.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './vscode/toolPaths.mjs';

const RENDERERS = ['pdf', 'pptx', 'docx', 'markdown', 'html'];

/**
 * For the server bundle: formats.ts's `import('./renderers/<format>')` stays a runtime import of
 * the matching file in dist/renderers/, with the extension Node's import() needs.
 * @type {import('esbuild').Plugin}
 */
const renderersStayOutside = {
  name: 'renderers-stay-outside',
  setup(build) {
    build.onResolve({ filter: /^\.\/renderers\/[a-z]+$/ }, (args) =>
      args.importer.endsWith(path.join('export', 'formats.ts')) ? { path: `${args.path}.js`, external: true } : undefined,
    );
  },
};

export const serverRendererOptions = { plugins: [renderersStayOutside] };

/**
 * pdfkit's CommonJS build finds its fonts from `__filename` (the ES build reads
 * `import.meta.url`, which a CommonJS bundle lacks).
 */
const pdfkitAlias = { pdfkit: './node_modules/pdfkit/js/pdfkit.js' };

/** @type {import('esbuild').BuildOptions & { entryPoints: string[] }} */
export const rendererBundles = {
  entryPoints: RENDERERS.map((name) => `server/src/export/renderers/${name}.ts`),
  outdir: 'dist/renderers',
  alias: pdfkitAlias,
};

// pdfkit loads its 14 standard fonts at run time with require('#standard-fonts/<Name>'),
// resolved through package.json "imports" to these bundles.
const fontsDir = path.join(repoRoot, 'node_modules', 'pdfkit', 'js', 'standard-fonts');
const fonts = fs.existsSync(fontsDir) ? fs.readdirSync(fontsDir).filter((name) => name.endsWith('.cjs')) : [];

/** @type {import('esbuild').BuildOptions & { entryPoints: string[] }} */
export const pdfkitFontsBundle = {
  entryPoints: fonts.map((name) => path.join('node_modules', 'pdfkit', 'js', 'standard-fonts', name)),
  outdir: 'dist/standard-fonts',
  outExtension: { '.js': '.cjs' },
  sourcemap: false,
};
