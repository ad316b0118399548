// Bundles every entry point with esbuild. Each bundle is self-contained so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';
import { browserExtensionBundle, browserServerBundle } from './browserBundles.mjs';
import { markdownItFields } from './markdownItFields.mjs';
import { pdfkitFontsBundle, rendererBundles, serverRendererOptions } from './rendererBundles.mjs';
import { vscodeTestBundle } from './vscode/testBundle.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles cleanly.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

/** Entry points by owner; keep one line per bundle so additions don't collide. */
const bundles = [
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', ...serverRendererOptions }, // the export renderers load from dist/renderers/ on first use
  { entryPoints: ['server/src/analysis/node/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' }, // the server's analysis worker threads, next to dist/server.js
  rendererBundles, // PDF, deck, Word, Markdown, HTML renderers with their libraries; pdfkit's fonts in pdfkitFontsBundle
  pdfkitFontsBundle,
  { entryPoints: ['preview-src/main.ts'], outfile: 'dist/preview.js', platform: 'browser', format: 'iife', target: 'es2022' }, // the preview webview's script: browser code, no Node
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, ...serverRendererOptions }, // like the server: renderers from dist/renderers/, so the npm package needs no node_modules at run time
  browserExtensionBundle, // VS Code for the Web: the client (package.json "browser"), which starts the worker below
  browserServerBundle, // the language server in a Web Worker; the build fails if it needs a Node built-in
  // Test artefact for the real-VS-Code suite (out/vscode-tests/, not shipped); owned by scripts/vscode/.
  vscodeTestBundle,
];

const existing = await Promise.all(
  bundles.map(async (bundle) => {
    const { existsSync } = await import('node:fs');
    return bundle.entryPoints.every((entry) => existsSync(entry)) ? bundle : undefined;
  }),
);

const contexts = await Promise.all(
  // Every bundle that parses markdown gets markdown-it's fields as plain assignments (see the plugin).
  existing.filter((bundle) => bundle !== undefined).map((bundle) => esbuild.context({ ...common, ...bundle, plugins: [markdownItFields, ...(bundle.plugins ?? [])] })),
);

if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
